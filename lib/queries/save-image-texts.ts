// The one edit path for titles and descriptions, inline and bulk: a TanStack mutation whose
// onMutate cancels list refetches, snapshots and writes the new texts into every cached page,
// whose failures put each page's old text back (only the rows that failed), and whose end
// invalidates the lists and the history. Pending text is read back in image-save-state.ts.
import { MutationObserver, mutationOptions, type QueryClient } from "@tanstack/react-query";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { historyKeys } from "../resources/history-keys";
import { imageTextMutationKey, SAVED_VISIBLE_MS } from "./image-save-state";
import {
  patchImageTexts,
  restoreImageTexts,
  writeImageTexts,
  type ImageTextChange,
  type ImageTextsResult,
  type ListSnapshot,
} from "./image-text";
import { imageKeys } from "@/lib/resources/image-keys";

const textsOf = (changes: readonly ImageTextChange[]) =>
  new Map(changes.map((change) => [change.guid, change.text]));

export function saveImageTextsOptions() {
  return mutationOptions<ImageTextsResult, Error, readonly ImageTextChange[], ListSnapshot>({
    mutationKey: imageTextMutationKey,
    // A finished save stays in the cache (and "Saved" on screen) this long once it has no observer.
    gcTime: SAVED_VISIBLE_MS,
    mutationFn: (changes) => patchImageTexts(changes),
    onMutate: async (changes, { client }) => {
      const texts = textsOf(changes);
      const snapshot = writeImageTexts(client, texts);
      await client.cancelQueries({ queryKey: imageKeys.lists() });
      // A refetch cancelled just now puts back the data it started from: write over it again.
      writeImageTexts(client, texts);
      return snapshot;
    },
    onSuccess: (result, _changes, snapshot, { client }) => {
      if (result.failed.length > 0)
        restoreImageTexts(client, snapshot, new Set(result.failed.map((f) => f.change.guid)));
    },
    onError: (_error, changes, snapshot, { client }) => {
      if (snapshot) restoreImageTexts(client, snapshot, new Set(changes.map((c) => c.guid)));
    },
    onSettled: (_data, _error, _changes, _snapshot, { client }) =>
      // The truth, not a guess: FinerWorks' texts, and the products an update removed.
      Promise.all([
        client.invalidateQueries({ queryKey: imageKeys.lists() }),
        client.invalidateQueries({ queryKey: historyKeys.all }),
      ]),
  });
}

/**
 * saveImageTexts(queryClient, changes, { refresh? }) -> Promise<ImageTextsResult>
 *
 * Saves N rows (`{ guid, text, expected, restoreOf? }`, any number; sent 200 per PATCH, which the
 * server sends on 25 per update_images call) through the shared mutation: every row's new text is
 * in the cache at once, and each failed row's old text comes back on its own; the lists are
 * refetched at the end unless `refresh` is false (a batch refreshes after its last request).
 * Never rejects: `saved` lists the rows FinerWorks took (with their history entry ids), `failed` the others,
 * each with its ApiRequestError (`conflict` carries the current text: see conflictCurrent), a
 * request that failed as a whole failing every row with its error. It starts synchronously, so
 * useImageSaveState shows the rows as saving in the very next render.
 */
export async function saveImageTexts(
  queryClient: QueryClient,
  changes: readonly ImageTextChange[],
  { refresh = true }: { refresh?: boolean } = {},
): Promise<ImageTextsResult> {
  const options = saveImageTextsOptions();
  // A batch refetches the lists once, after its last request: a refetch between its requests
  // would repaint the grid (re-sorted, rows still to be sent briefly old) every 50 rows.
  const observer = new MutationObserver(
    queryClient,
    refresh ? options : { ...options, onSettled: undefined },
  );
  try {
    return await observer.mutate(changes);
  } catch (error) {
    return failedAll(changes, error);
  } finally {
    // Lets the finished mutation go (after gcTime), so the cache does not keep every save.
    observer.reset();
  }
}

/** A request that failed as a whole: every row failed with its error. */
function failedAll(changes: readonly ImageTextChange[], error: unknown): ImageTextsResult {
  const failure =
    error instanceof ApiRequestError
      ? error
      : new ApiRequestError(0, "internal_error", "Something went wrong while saving.");
  return {
    saved: [],
    failed: changes.map((change) => ({ change, error: failure })),
    settledAt: Date.now(),
  };
}
