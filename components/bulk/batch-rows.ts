// From a preview to the rows a save sends, and from a saved batch to the rows that undo it.
import type { ImageText } from "@/lib/editing/drafts";
import { isRestorable } from "@/lib/history/restorable";
import type { ActivityEntry } from "@/lib/schemas/activity";
import type { PreviewRow } from "@/lib/bulk/preview";
import type { BatchRow, RowOutcome } from "@/lib/queries/bulk-save";

/** Sends only the fields that change, with the text the preview started from as `expected`. */
export function batchRow(row: PreviewRow): BatchRow {
  return {
    guid: row.guid,
    ...(row.titleChanged ? { title: row.after.title } : {}),
    ...(row.descriptionChanged ? { description: row.after.description } : {}),
    expected: row.before,
    before: row.before,
    after: row.after,
  };
}

/** "Keep mine" after a conflict: the same change, now expecting their text. */
export function keepMineRow(row: PreviewRow, theirs: ImageText): BatchRow {
  return { ...batchRow(row), expected: theirs, before: theirs };
}

/**
 * Puts back what each saved row replaced: through `restore_of` (recorded as a restore) when
 * the change was recorded, else by sending the old text.
 */
export function undoRows(
  rows: readonly PreviewRow[],
  outcomes: ReadonlyMap<string, RowOutcome>,
): BatchRow[] {
  return rows.flatMap((row): BatchRow[] => {
    const outcome = outcomes.get(row.guid);
    if (outcome?.status !== "saved") return [];
    const base = {
      guid: row.guid,
      expected: outcome.text,
      before: outcome.text,
      after: row.before,
    };
    if (outcome.activityId) return [{ ...base, restoreOf: outcome.activityId }];
    return [
      {
        ...base,
        ...(row.titleChanged ? { title: row.before.title } : {}),
        ...(row.descriptionChanged ? { description: row.before.description } : {}),
      },
    ];
  });
}

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
    const now = guid ? current.get(guid) : undefined;
    if (!guid || !now || !isRestorable(entry)) return [];
    const after = {
      title: entry.before?.title ?? "",
      description: entry.before?.description ?? "",
    };
    return [{ guid, expected: now, before: now, after, restoreOf: entry.id }];
  });
}
