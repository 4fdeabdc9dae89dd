"use client";

import type { ImageSaveState } from "@/lib/queries/image-save-state";
import { CheckIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";

/** "Saving…" while an optimistic edit is in flight, then "Saved" for a moment; "Unsaved draft" when one waits. */
export function SaveStatus({
  save,
  draftPending = false,
  className,
}: {
  save: ImageSaveState | undefined;
  draftPending?: boolean;
  className?: string;
}) {
  const phase = save?.phase;
  return (
    <span role="status" className={cn("empty:hidden", className)}>
      {phase === "saving" ? (
        <span className="inline-flex items-center gap-1 rounded-full bg-white/95 px-2 py-0.5 text-xs font-medium text-slate-700 shadow-sm ring-1 ring-slate-200 dark:bg-slate-900/95 dark:text-slate-200 dark:ring-slate-700">
          <Spinner className="size-3" />
          Saving…
        </span>
      ) : phase === "saved" ? (
        <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50/95 px-2 py-0.5 text-xs font-medium text-emerald-800 shadow-sm ring-1 ring-emerald-200 dark:bg-emerald-950/95 dark:text-emerald-200 dark:ring-emerald-800">
          <CheckIcon className="size-3" />
          Saved
        </span>
      ) : draftPending ? (
        <span className="inline-flex items-center gap-1 rounded-full bg-amber-50/95 px-2 py-0.5 text-xs font-medium text-amber-900 shadow-sm ring-1 ring-amber-200 dark:bg-amber-950/95 dark:text-amber-100 dark:ring-amber-800">
          Unsaved draft
        </span>
      ) : null}
    </span>
  );
}
