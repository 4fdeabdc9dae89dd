// The image library as the browser reads it: query options from the resource definition.
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { imageQuerySchema, type ImageQuery } from "@/lib/schemas/image-query";
import { imageListResource } from "@/lib/resources/images";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { fetchResource, resourceOptions } from "./resource-options";

/** GET /api/images with exactly the canonical query string; failures and answers of another shape become ApiRequestError. */
export function fetchImageList(
  query: ImageQuery,
  signal?: AbortSignal,
): Promise<ImageListResponse> {
  return fetchResource(imageListResource, query, signal);
}

/** One page of the grid. Keeps the previous page on screen while the next one loads. */
export function imageListOptions(query: ImageQuery) {
  return queryOptions({
    ...resourceOptions(imageListResource, query),
    placeholderData: keepPreviousData,
  });
}

/** The list query that fetches one image by guid (FinerWorks has no single-image endpoint). */
export function imageDetailQuery(guid: string, library?: LibraryName): ImageQuery {
  return imageQuerySchema.parse({ guids: guid, library, per_page: 1 });
}

/** One image, read through the same list endpoint (and cache key family) as the grid. */
export function imageDetailOptions(guid: string, library?: LibraryName) {
  return queryOptions({
    ...resourceOptions(imageListResource, imageDetailQuery(guid, library)),
    select: (data): ImageDetails | null => data.images.find((image) => image.guid === guid) ?? null,
  });
}

export function totalPages(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, perPage)));
}
