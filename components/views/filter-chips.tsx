import type { ImageQuery } from "@/lib/schemas/image-query";
import { VIEW_LABELS } from "@/lib/triage/view-names";
import { Button } from "@/components/ui/button";
import { XIcon } from "@/components/ui/icons";

/**
 * The filters the toolbar's fields do not show: a triage view ("Missing description") and a
 * list of images by id ("New images (N)", after adding). "Clear filters" is here only when the
 * toolbar has none to offer (an id list is not one of its filters).
 */
export function FilterChips({
  query,
  toolbarClears,
  onClear,
}: {
  query: ImageQuery;
  toolbarClears: boolean;
  onClear: () => void;
}) {
  const chips: string[] = [];
  if (query.triage) chips.push(VIEW_LABELS[query.triage]);
  if (query.guids && query.guids.length > 0) chips.push(`New images (${query.guids.length})`);
  if (chips.length === 0) return null;
  return (
    <div role="group" aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <span
          key={chip}
          className="inline-flex items-center rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-700 ring-1 ring-brand-100 ring-inset dark:bg-brand-700/25 dark:text-brand-100 dark:ring-brand-700/60"
        >
          {chip}
        </span>
      ))}
      {toolbarClears ? null : (
        <Button variant="ghost" size="sm" onClick={onClear}>
          <XIcon className="size-4" />
          Clear filters
        </Button>
      )}
    </div>
  );
}
