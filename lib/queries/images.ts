// Query keys, fetchers and queryOptions for the image library: the only place keys are made.
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { imageListResponseSchema, type ImageListResponse } from "@/lib/schemas/image-list";
import { apiFetch, readAnswer } from "./api-fetch";
import {
  imageQuery,
  imageQuerySchema,
  imageQueryToSearchParams,
  type ImageQuery,
} from "@/lib/schemas/image-query";

export const imageKeys = {
  all: ["images"] as const,
  lists: () => [...imageKeys.all, "list"] as const,
  /** Keyed by the canonical query string, so equal queries share a cache entry however they were written. */
  list: (query: ImageQuery) => [...imageKeys.lists(), imageQuery.key(query)] as const,
};

/** GET /api/images with exactly the canonical query string; failures and answers of another shape become ApiRequestError. */
export async function fetchImageList(
  query: ImageQuery,
  signal?: AbortSignal,
): Promise<ImageListResponse> {
  const qs = imageQueryToSearchParams(query).toString();
  const response = await apiFetch(`/api/images${qs ? `?${qs}` : ""}`, {
    signal,
    headers: { accept: "application/json" },
  });
  return readAnswer(response, imageListResponseSchema);
}

/** One page of the grid. Keeps the previous page on screen while the next one loads. */
export function imageListOptions(query: ImageQuery) {
  return queryOptions({
    queryKey: imageKeys.list(query),
    queryFn: ({ signal }) => fetchImageList(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The list query that fetches one image by guid (FinerWorks has no single-image endpoint). */
export function imageDetailQuery(guid: string, library?: LibraryName): ImageQuery {
  return imageQuerySchema.parse({ guids: guid, library, per_page: 1 });
}

/** One image, read through the same list endpoint (and cache key family) as the grid. */
export function imageDetailOptions(guid: string, library?: LibraryName) {
  const query = imageDetailQuery(guid, library);
  return queryOptions({
    queryKey: imageKeys.list(query),
    queryFn: ({ signal }) => fetchImageList(query, signal),
    select: (data): ImageDetails | null => data.images.find((image) => image.guid === guid) ?? null,
  });
}

export function totalPages(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, perPage)));
}
