"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { XIcon } from "@/components/ui/icons";
import { Modal } from "@/components/ui/modal";
import { FilterControls, type FilterControlsProps } from "./filter-controls";

/** The phone's filters: the toolbar's very controls in a bottom sheet, applied as they change. */
export function FilterSheet({
  onClose,
  ...controls
}: FilterControlsProps & { onClose: () => void }) {
  const headingId = useId();
  return (
    <Modal
      onClose={onClose}
      aria-labelledby={headingId}
      className="mx-0 mt-auto mb-0 max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
        <h2 id={headingId} className="text-base font-semibold">
          Filters
        </h2>
        <Button variant="ghost" size="sm" aria-label="Close filters" onClick={onClose}>
          <XIcon className="size-4" />
        </Button>
      </div>
      <div className="p-4">
        <FilterControls {...controls} stacked />
      </div>
      <div className="sticky bottom-0 border-t border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
        <Button variant="primary" className="w-full" onClick={onClose}>
          Show images
        </Button>
      </div>
    </Modal>
  );
}
