"use client";

import { lazy, Suspense, useRef, useState } from "react";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { Button, buttonClasses } from "@/components/ui/button";
import { ChevronIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import type { Panel } from "./views-panel";

// The menu and the name form load when first opened, keeping the grid's first load small.
const ViewsMenu = lazy(() => import("./views-menu").then((m) => ({ default: m.ViewsMenu })));
const ViewNameForm = lazy(() =>
  import("./view-name-form").then((m) => ({ default: m.ViewNameForm })),
);

/** "Views" (built-in and saved views) and "Save view", beside the layout toggle. */
export function ViewsControls({
  query,
  onApply,
}: {
  query: ImageQuery;
  /** Replaces the grid's query (a view chosen). */
  onApply: (patch: Partial<ImageQuery>) => void;
}) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const viewsButton = useRef<HTMLButtonElement>(null);
  const close = (refocus = true) => {
    setPanel(null);
    if (refocus) viewsButton.current?.focus();
  };
  return (
    <div className="relative flex gap-2">
      <button
        ref={viewsButton}
        type="button"
        aria-haspopup="menu"
        aria-expanded={panel?.kind === "menu"}
        onClick={() => setPanel(panel?.kind === "menu" ? null : { kind: "menu" })}
        onPointerEnter={() => void import("./views-menu")}
        className={buttonClasses("secondary")}
      >
        Views
        <ChevronIcon className={cn("size-4 rotate-90", panel?.kind === "menu" && "-rotate-90")} />
      </button>
      <Button
        aria-expanded={panel?.kind === "save"}
        onClick={() => setPanel(panel?.kind === "save" ? null : { kind: "save" })}
        className="hidden sm:inline-flex"
      >
        Save view
      </Button>
      <Suspense fallback={null}>
        {panel?.kind === "menu" ? (
          <ViewsMenu
            query={query}
            onApply={(patch) => {
              onApply(patch);
              close();
            }}
            onRename={(id, name) => setPanel({ kind: "rename", id, name })}
            onSave={() => setPanel({ kind: "save" })}
            onClose={close}
          />
        ) : panel ? (
          <ViewNameForm panel={panel} query={query} onClose={close} />
        ) : null}
      </Suspense>
    </div>
  );
}
