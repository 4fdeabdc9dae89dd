// Saving a title/description edit: the PATCH fetcher and the optimistic cache writes. Every
// cached list that holds the image changes together, and each is restored on its own.
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { ImageText } from "@/lib/editing/drafts";
import { imageTextSchema } from "@/lib/editing/drafts";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { updateImagesResponseSchema, type ImageListResponse } from "@/lib/schemas/image-list";
import { apiFetch, readAnswer } from "./api-fetch";
import type { UpdatedImage } from "@/lib/schemas/image-input";
import { imageKeys } from "./images";

export interface ImageTextChange {
  guid: string;
  text: ImageText;
  /** What the edit started from; the server answers 409 when FinerWorks no longer has it. */
  expected: ImageText;
  /** A history entry whose before-text this puts back: the server records it as image.restore. */
  restoreOf?: string;
}

/** PATCH /api/images for one image; failures become ApiRequestError (409 carries `current`). */
export async function patchImageText({
  guid,
  text,
  expected,
  restoreOf,
}: ImageTextChange): Promise<UpdatedImage> {
  const response = await apiFetch("/api/images", {
    method: "PATCH",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      images: [
        {
          guid,
          title: text.title,
          description: text.description,
          expected,
          ...(restoreOf ? { restore_of: restoreOf } : {}),
        },
      ],
    }),
  });
  const body = await readAnswer(response, updateImagesResponseSchema);
  const saved = body.images.find((image) => image.guid === guid);
  if (!saved)
    throw new ApiRequestError(
      502,
      "upstream_error",
      "The server did not confirm the change. Reload to see what was saved.",
    );
  return saved;
}

/** The text FinerWorks has now, from a 409 answer (null when the body has none). */
export function conflictCurrent(error: unknown): ImageText | null {
  if (!(error instanceof ApiRequestError) || error.code !== "conflict") return null;
  const parsed = imageTextSchema.safeParse(error.current);
  return parsed.success ? parsed.data : null;
}

export type ListSnapshot = [QueryKey, ImageListResponse | undefined][];

/**
 * Writes the text into every cached list page that shows the image, synchronously (so the
 * next frame paints it), and returns what each page held before.
 */
export function writeImageText(
  queryClient: QueryClient,
  guid: string,
  text: ImageText,
): ListSnapshot {
  const snapshot: ListSnapshot = [];
  for (const [key, data] of queryClient.getQueriesData<ImageListResponse>({
    queryKey: imageKeys.lists(),
  })) {
    if (!data?.images.some((image) => image.guid === guid)) continue;
    snapshot.push([key, data]);
    queryClient.setQueryData<ImageListResponse>(key, {
      ...data,
      images: data.images.map((image) =>
        image.guid === guid
          ? { ...image, title: text.title, description: text.description }
          : image,
      ),
    });
  }
  return snapshot;
}

/** Puts each snapshotted page back on its own (never one setQueriesData over all of them). */
export function restoreSnapshot(queryClient: QueryClient, snapshot: ListSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}
