// Saving titles and descriptions: the PATCH fetcher (per-row answers) and the optimistic cache
// writes. Every cached list that holds an image changes together, and each is restored on its own.
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { ImageText } from "@/lib/editing/drafts";
import { imageTextSchema } from "@/lib/editing/drafts";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { MAX_UPDATES_PER_REQUEST } from "@/lib/schemas/image-limits";
import { updateImagesResponseSchema, type ImageListResponse } from "@/lib/schemas/image-list";
import { apiFetch, readAnswer } from "./api-fetch";
import { imageKeys } from "@/lib/resources/image-keys";

export interface ImageTextChange {
  guid: string;
  text: ImageText;
  /** What the edit started from; the server refuses the row (conflict) when FinerWorks no longer has it. */
  expected: ImageText;
  /** A history entry whose before-text this puts back: the server records it as image.restore. */
  restoreOf?: string;
}

export interface SavedImageText {
  guid: string;
  text: ImageText;
  /** The history entry of this change (an Undo restores it). */
  activityId?: string;
}

export interface FailedImageText {
  change: ImageTextChange;
  /** `conflict` carries FinerWorks' current text (see conflictCurrent). */
  error: ApiRequestError;
}

export interface ImageTextsResult {
  saved: SavedImageText[];
  failed: FailedImageText[];
  /** When the answer came (Date.now()): "Saved" shows for a moment after it. */
  settledAt: number;
}

const unconfirmed = () =>
  new ApiRequestError(
    502,
    "upstream_error",
    "The server did not confirm the change. Reload to see what was saved.",
  );

/**
 * One PATCH /api/images of at most MAX_UPDATES_PER_REQUEST rows. A 200 or 207 answer gives each
 * row its outcome; any other answer throws (the whole request failed: nothing was saved).
 */
async function patchPart(changes: readonly ImageTextChange[]): Promise<ImageTextsResult> {
  const response = await apiFetch("/api/images", {
    method: "PATCH",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      images: changes.map(({ guid, text, expected, restoreOf }) => ({
        guid,
        title: text.title,
        description: text.description,
        expected,
        ...(restoreOf ? { restore_of: restoreOf } : {}),
      })),
    }),
  });
  const body = await readAnswer(response, updateImagesResponseSchema);
  const saved = new Map(body.images.map((image) => [image.guid, image]));
  const failed = new Map((body.failed ?? []).map((row) => [row.index, row.error]));
  const result: ImageTextsResult = { saved: [], failed: [], settledAt: Date.now() };
  changes.forEach((change, index) => {
    const error = failed.get(index);
    const image = saved.get(change.guid);
    if (image && !error) {
      result.saved.push({
        guid: change.guid,
        text: { title: image.title, description: image.description },
        ...(image.activity_id ? { activityId: image.activity_id } : {}),
      });
      return;
    }
    result.failed.push({
      change,
      error: error
        ? new ApiRequestError(
            response.status,
            error.code,
            error.message,
            error.reference_id,
            error.fields,
            error.current,
          )
        : unconfirmed(),
    });
  });
  return result;
}

/**
 * PATCH /api/images for any number of rows (sent MAX_UPDATES_PER_REQUEST at a time, in order).
 * A one-request save that fails as a whole throws its ApiRequestError; with several requests a
 * failed one fails only its own rows.
 */
export async function patchImageTexts(
  changes: readonly ImageTextChange[],
): Promise<ImageTextsResult> {
  if (changes.length <= MAX_UPDATES_PER_REQUEST) return patchPart(changes);
  const result: ImageTextsResult = { saved: [], failed: [], settledAt: 0 };
  for (let start = 0; start < changes.length; start += MAX_UPDATES_PER_REQUEST) {
    const part = changes.slice(start, start + MAX_UPDATES_PER_REQUEST);
    try {
      const answer = await patchPart(part);
      result.saved.push(...answer.saved);
      result.failed.push(...answer.failed);
    } catch (error) {
      const failure = error instanceof ApiRequestError ? error : unconfirmed();
      result.failed.push(...part.map((change) => ({ change, error: failure })));
    }
  }
  result.settledAt = Date.now();
  return result;
}

/** The text FinerWorks has now, from a conflict (null when there is none). */
export function conflictCurrent(error: unknown): ImageText | null {
  if (!(error instanceof ApiRequestError) || error.code !== "conflict") return null;
  const parsed = imageTextSchema.safeParse(error.current);
  return parsed.success ? parsed.data : null;
}

export type ListSnapshot = [QueryKey, ImageListResponse | undefined][];

/**
 * Writes the texts (by guid) into every cached list page that shows one of the images,
 * synchronously (so the next frame paints them), and returns what each page held before.
 */
export function writeImageTexts(
  queryClient: QueryClient,
  texts: ReadonlyMap<string, ImageText>,
): ListSnapshot {
  const snapshot: ListSnapshot = [];
  for (const [key, data] of queryClient.getQueriesData<ImageListResponse>({
    queryKey: imageKeys.lists(),
  })) {
    if (!data?.images.some((image) => texts.has(image.guid))) continue;
    snapshot.push([key, data]);
    queryClient.setQueryData<ImageListResponse>(key, {
      ...data,
      images: data.images.map((image) => {
        const text = texts.get(image.guid);
        return text ? { ...image, title: text.title, description: text.description } : image;
      }),
    });
  }
  return snapshot;
}

export const writeImageText = (queryClient: QueryClient, guid: string, text: ImageText) =>
  writeImageTexts(queryClient, new Map([[guid, text]]));

/**
 * Puts back only these images' text in each snapshotted page, each page on its own (never one
 * setQueriesData over all of them), keeping whatever else changed there meanwhile (another
 * save's optimistic text, a refetch).
 */
export function restoreImageTexts(
  queryClient: QueryClient,
  snapshot: ListSnapshot,
  guids: ReadonlySet<string>,
): void {
  for (const [key, before] of snapshot) {
    const now = queryClient.getQueryData<ImageListResponse>(key);
    if (!before || !now) continue;
    const old = new Map(before.images.map((image) => [image.guid, image]));
    queryClient.setQueryData<ImageListResponse>(key, {
      ...now,
      images: now.images.map((image) => {
        const was = guids.has(image.guid) ? old.get(image.guid) : undefined;
        return was ? { ...image, title: was.title, description: was.description } : image;
      }),
    });
  }
}
