// Saving a bulk edit: the rows go out as PATCH /api/images requests of at most CHUNK_SIZE
// images, one after the other so a progress bar can follow them, and each row comes back with
// its own outcome. The grid shows the new texts at once; a row that fails puts its old text back.
import type { QueryClient } from "@tanstack/react-query";
import { imageTextSchema, type ImageText } from "@/lib/editing/drafts";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { historyKeys } from "./history";
import { writeImageText } from "./image-text";
import { imageKeys } from "./images";
import { patchImageRows, type PatchRow, type RowResult } from "./patch-rows";

/** Images per PATCH request: small enough for the progress bar to move, within the 200 allowed. */
export const CHUNK_SIZE = 50;

export interface BatchRow extends PatchRow {
  /** The whole text the image will have, shown in the grid while the row is on its way. */
  after: ImageText;
  /** The text it had: put back in the grid when the row is not saved. */
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

function toOutcome(result: RowResult): RowOutcome {
  if (result.ok) {
    const text = { title: result.image.title, description: result.image.description };
    return result.image.activity_id
      ? { status: "saved", text, activityId: result.image.activity_id }
      : { status: "saved", text };
  }
  const { error } = result;
  const current = imageTextSchema.safeParse(error.current);
  if (error.code === "conflict" && current.success)
    return { status: "conflict", current: current.data, message: error.message };
  return error.referenceId
    ? { status: "failed", message: error.message, referenceId: error.referenceId }
    : { status: "failed", message: error.message };
}

const failedAll = (error: unknown): RowOutcome =>
  error instanceof ApiRequestError
    ? toOutcome({ ok: false, error })
    : { status: "failed", message: "Something went wrong while saving. Try again." };

/** Sends the rows; resolves with every row's outcome, by guid. Never throws. */
export async function saveBatch(
  queryClient: QueryClient,
  rows: readonly BatchRow[],
  onProgress: (progress: BatchProgress) => void = () => undefined,
): Promise<Map<string, RowOutcome>> {
  const outcomes = new Map<string, RowOutcome>();
  await queryClient.cancelQueries({ queryKey: imageKeys.lists() });
  for (const row of rows) writeImageText(queryClient, row.guid, row.after);
  onProgress({ sent: 0, total: rows.length });
  try {
    for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
      const chunk = rows.slice(start, start + CHUNK_SIZE);
      let results: RowOutcome[];
      try {
        results = (await patchImageRows(chunk)).map(toOutcome);
      } catch (error) {
        results = chunk.map(() => failedAll(error));
      }
      chunk.forEach((row, i) => {
        const outcome = results[i]!;
        outcomes.set(row.guid, outcome);
        // A row that did not go through shows what FinerWorks has: theirs, or the old text.
        if (outcome.status === "conflict") writeImageText(queryClient, row.guid, outcome.current);
        else if (outcome.status === "failed") writeImageText(queryClient, row.guid, row.before);
      });
      onProgress({ sent: Math.min(start + chunk.length, rows.length), total: rows.length });
    }
  } finally {
    void queryClient.invalidateQueries({ queryKey: imageKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: historyKeys.all });
  }
  return outcomes;
}
