"use client";

import type { ImageDetails } from "@/lib/schemas/finerworks";
import { clickImage } from "@/lib/bulk/selection";
import { cn } from "@/components/ui/cn";
import { useCanEdit } from "@/components/ui/can-edit";
import { imageDisplayTitle } from "@/components/ui/format";
import { usePageImages } from "./selection-scope";
import { useSelection } from "./use-selection";

/** "Select <title>" on a card or a list row, for staff and admin; Shift+click selects a range. */
export function SelectCheckbox({ image, className }: { image: ImageDetails; className?: string }) {
  const canEdit = useCanEdit();
  const selection = useSelection();
  const page = usePageImages();
  if (!canEdit) return null;
  return (
    <input
      type="checkbox"
      aria-label={`Select ${imageDisplayTitle(image)}`}
      checked={selection.has(image.guid)}
      // The click carries Shift; the store decides, and the re-render sets `checked`.
      onClick={(event) => clickImage(image, page, event.shiftKey)}
      onChange={() => undefined}
      className={cn(
        "size-4.5 shrink-0 cursor-pointer rounded border-slate-400 accent-brand-600",
        className,
      )}
    />
  );
}
