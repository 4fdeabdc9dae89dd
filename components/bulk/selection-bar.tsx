"use client";

import { lazy, Suspense, useState } from "react";
import type { LibraryName } from "@/lib/schemas/finerworks";
import { clearSelection } from "@/lib/bulk/selection";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { useSelection } from "./use-selection";

// The panel, its preview and the virtual list load when someone opens it.
const BulkEditDialog = lazy(() =>
  import("./bulk-edit-dialog").then((m) => ({ default: m.BulkEditDialog })),
);

/** Sticks to the bottom of the window while images are selected: "N selected", "Bulk edit". */
export function SelectionBar({ library }: { library: LibraryName }) {
  const selection = useSelection();
  const [open, setOpen] = useState(false);
  const count = selection.guids.length;
  if (count === 0 && !open) return null;
  return (
    <>
      {count > 0 ? (
        <div
          role="region"
          aria-label="Selection"
          className="sticky bottom-3 z-30 mx-auto flex w-fit max-w-full flex-wrap items-center gap-2 rounded-xl border border-slate-300 bg-white/95 px-3 py-2 shadow-lg backdrop-blur dark:border-slate-700 dark:bg-slate-900/95"
        >
          <p className="px-1 text-sm font-medium tabular-nums" aria-live="polite">
            {formatCount(count)} selected
          </p>
          <Button size="sm" variant="primary" onClick={() => setOpen(true)}>
            Bulk edit
          </Button>
          <Button size="sm" variant="ghost" onClick={clearSelection}>
            Clear selection
          </Button>
        </div>
      ) : null}
      {open ? (
        <Suspense fallback={null}>
          <BulkEditDialog
            guids={selection.guids}
            library={library}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
