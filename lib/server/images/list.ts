import "server-only";
import { finerworks } from "@/lib/finerworks";
import type { ListImagesParams } from "@/lib/finerworks/client";
import type { SortDirection, SortField } from "@/lib/finerworks/schemas";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { serverConfig } from "@/lib/server/config";
import { sanitizeImage } from "./sanitize";

// URL words -> FinerWorks words, in one place.
const SORT_FIELD: Record<ImageQuery["sort"], SortField> = {
  date_added: "date_added",
  id: "id",
  title: "title",
  file_name: "file_name",
  file_size: "file_size",
};
const SORT_DIRECTION: Record<ImageQuery["dir"], SortDirection> = { asc: "ASC", desc: "DESC" };

/** The list_images request for a parsed image query. */
export function toListImagesParams(query: ImageQuery): ListImagesParams {
  return {
    library: query.library ?? serverConfig().finerworks.library,
    page_number: query.page,
    per_page: query.per_page,
    sort_field: SORT_FIELD[query.sort],
    sort_direction: SORT_DIRECTION[query.dir],
    search_filter: query.q || null,
    upload_date_from: query.from ?? null,
    upload_date_to: query.to ?? null,
    active: query.active ?? null,
    list_products: query.products,
    guid_filter: query.guids && query.guids.length > 0 ? query.guids : null,
  };
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
  return {
    images: page.images.map(sanitizeImage),
    page_number: page.page_number,
    per_page: page.per_page,
    count: page.count,
  };
}
