// Saving a bulk edit through the shared save mutation (save-image-texts.ts): the rows go out as
// PATCH requests of at most CHUNK_SIZE images, one after the other so a progress bar can follow
// them, and each row comes back with its own outcome. The grid shows every new text at once;
// a row that is not saved shows FinerWorks' text again (the old one, or theirs after a conflict).
import type { QueryClient } from "@tanstack/react-query";
import type { ImageText } from "@/lib/editing/drafts";
import {
  conflictCurrent,
  writeImageTexts,
  type ImageTextChange,
  type ImageTextsResult,
} from "./image-text";
import { saveImageTexts } from "./save-image-texts";

/** Images per PATCH request: small enough for the progress bar to move, within the 200 allowed. */
export const CHUNK_SIZE = 50;

export interface BatchRow extends ImageTextChange {
  /** The text the image had: put back in the grid when the row is not saved. */
  before: ImageText;
}

export type RowOutcome =
  | { status: "saved"; text: ImageText; activityId?: string }
  | { status: "conflict"; current: ImageText; message: string }
  | { status: "failed"; message: string; referenceId?: string };

export interface BatchProgress {
  sent: number;
  total: number;
}

const textsOf = (rows: readonly BatchRow[]) => new Map(rows.map((row) => [row.guid, row.text]));

/** Each row of one request's answer as an outcome, and the text the grid must show again. */
function chunkOutcomes(
  result: ImageTextsResult,
  byGuid: ReadonlyMap<string, BatchRow>,
): { outcomes: Map<string, RowOutcome>; rollback: Map<string, ImageText> } {
  const outcomes = new Map<string, RowOutcome>();
  const rollback = new Map<string, ImageText>();
  for (const saved of result.saved)
    outcomes.set(
      saved.guid,
      saved.activityId
        ? { status: "saved", text: saved.text, activityId: saved.activityId }
        : { status: "saved", text: saved.text },
    );
  for (const { change, error } of result.failed) {
    const current = conflictCurrent(error);
    if (current) {
      outcomes.set(change.guid, { status: "conflict", current, message: error.message });
      rollback.set(change.guid, current);
    } else {
      outcomes.set(
        change.guid,
        error.referenceId
          ? { status: "failed", message: error.message, referenceId: error.referenceId }
          : { status: "failed", message: error.message },
      );
      rollback.set(change.guid, byGuid.get(change.guid)?.before ?? change.expected);
    }
  }
  return { outcomes, rollback };
}

/**
 * Sends the rows; resolves with every row's outcome, by guid. Never throws. After each request
 * `onChunk` gets the progress and that request's outcomes, so rows can show them as they come.
 * The lists are refetched once, after the last request.
 */
export async function saveBatch(
  queryClient: QueryClient,
  rows: readonly BatchRow[],
  onChunk: (progress: BatchProgress, outcomes: ReadonlyMap<string, RowOutcome>) => void = () =>
    undefined,
): Promise<Map<string, RowOutcome>> {
  const outcomes = new Map<string, RowOutcome>();
  const byGuid = new Map(rows.map((row) => [row.guid, row]));
  writeImageTexts(queryClient, textsOf(rows));
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const end = Math.min(start + CHUNK_SIZE, rows.length);
    const result = await saveImageTexts(queryClient, rows.slice(start, end), {
      refresh: end === rows.length,
    });
    // Anything that refetched the lists meanwhile: rows still to be sent keep their new text.
    writeImageTexts(queryClient, textsOf(rows.slice(end)));
    const chunk = chunkOutcomes(result, byGuid);
    writeImageTexts(queryClient, chunk.rollback);
    for (const [guid, outcome] of chunk.outcomes) outcomes.set(guid, outcome);
    onChunk({ sent: end, total: rows.length }, chunk.outcomes);
  }
  return outcomes;
}
