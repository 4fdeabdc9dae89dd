// From a preview to the rows a save sends, and from a saved batch to the rows that undo it.
import type { ImageText } from "@/lib/editing/drafts";
import type { PreviewRow } from "@/lib/bulk/preview";
import type { BatchRow } from "@/lib/queries/bulk-save";
import type { ShownOutcome } from "./outcomes";

/** The new text, with the text the preview started from as `expected`. */
export function batchRow(row: PreviewRow): BatchRow {
  return { guid: row.guid, text: row.after, expected: row.before, before: row.before };
}

/** "Keep mine" after a conflict: the same change, now expecting their text. */
export function keepMineRow(row: PreviewRow, theirs: ImageText): BatchRow {
  return { ...batchRow(row), expected: theirs, before: theirs };
}

/**
 * Puts back what each saved row replaced (the text it expected: after "Keep mine", their
 * version), as a restore of its history entry when the change was recorded (`restore_of`),
 * expecting the text it saved.
 */
export function undoRows(
  sent: readonly BatchRow[],
  outcomes: ReadonlyMap<string, ShownOutcome>,
): BatchRow[] {
  return sent.flatMap((row): BatchRow[] => {
    const outcome = outcomes.get(row.guid);
    if (outcome?.status !== "saved") return [];
    const undo = { guid: row.guid, text: row.before, expected: outcome.text, before: outcome.text };
    return [outcome.activityId ? { ...undo, restoreOf: outcome.activityId } : undo];
  });
}
