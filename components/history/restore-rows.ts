// From a batch in the history to the rows that put its earlier text back.
import type { ImageText } from "@/lib/editing/drafts";
import { isRestorable } from "@/lib/history/restorable";
import type { ActivityEntry } from "@/lib/schemas/activity";
import type { BatchRow } from "@/lib/queries/bulk-save";

/**
 * "Restore batch": each restorable entry's earlier text back through `restore_of`, expecting
 * the text the image has now (so a later change shows up as a conflict).
 */
export function restoreRows(
  entries: readonly ActivityEntry[],
  current: ReadonlyMap<string, ImageText>,
): BatchRow[] {
  return entries.flatMap((entry): BatchRow[] => {
    const guid = entry.image.guid?.toLowerCase();
    const image = guid ? current.get(guid) : undefined;
    if (!guid || !image || !isRestorable(entry)) return [];
    // Only the text: `expected` is a strict object on the wire.
    const now = { title: image.title, description: image.description };
    const text = { title: entry.before?.title ?? "", description: entry.before?.description ?? "" };
    return [{ guid, text, expected: now, before: now, restoreOf: entry.id }];
  });
}
