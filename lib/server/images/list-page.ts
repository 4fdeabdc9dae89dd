import "server-only";
// The pieces every way of listing shares: the list_images request for a query, and a page of
// FinerWorks' answer as the API answers it.
import type { ListImagesParams } from "@/lib/server/finerworks/client";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuery, type ImageQuery } from "@/lib/schemas/image-query";
import { serverConfig } from "@/lib/server/config";
import { sanitizeImage } from "@/lib/server/sanitize/sanitize";

export type ListParams = ListImagesParams & { library: LibraryName };

/** The list_images request for a parsed image query (the library defaults to the configured one). */
export function toListImagesParams(query: ImageQuery): ListParams {
  return { library: serverConfig().finerworks.library, ...imageQuery.toUpstream(query) };
}

/**
 * A page's images as answered: product HTML sanitised, and with "Has products" only the images
 * that have some (FinerWorks cannot filter by products, so the page it sent is narrowed).
 */
export function answerImages(query: ImageQuery, images: readonly ImageDetails[]): ImageDetails[] {
  const kept = query.has_products
    ? images.filter((image) => (image.products?.length ?? 0) > 0)
    : images;
  return kept.map(sanitizeImage);
}

export function emptyPage(query: ImageQuery, count: number): ImageListResponse {
  return { images: [], page_number: query.page, per_page: query.per_page, count };
}
