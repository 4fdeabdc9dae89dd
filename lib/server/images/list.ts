import "server-only";
import { finerworks } from "@/lib/finerworks";
import type { ListImagesParams } from "@/lib/finerworks/client";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuery, type ImageQuery } from "@/lib/schemas/image-query";
import { serverConfig } from "@/lib/server/config";
import { sanitizeImage } from "./sanitize";

/** The list_images request for a parsed image query (the library defaults to the configured one). */
export function toListImagesParams(query: ImageQuery): ListImagesParams {
  return { library: serverConfig().finerworks.library, ...imageQuery.toUpstream(query) };
}

/**
 * One page of the library for a query: used by GET /api/images and by the /images page's
 * server prefetch, so both answer exactly the same. Product HTML comes back sanitised.
 */
export async function listImagesForQuery(
  query: ImageQuery,
  signal?: AbortSignal,
): Promise<ImageListResponse> {
  const page = await finerworks().listImages(toListImagesParams(query), signal);
  const images = query.has_products
    ? page.images.filter((image) => (image.products?.length ?? 0) > 0)
    : page.images;
  return {
    images: images.map(sanitizeImage),
    page_number: page.page_number,
    per_page: page.per_page,
    count: page.count,
  };
}
