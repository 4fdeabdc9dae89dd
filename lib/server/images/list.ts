import "server-only";
import { finerworks } from "@/lib/finerworks";
import type { ListImagesParams } from "@/lib/finerworks/client";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuery, type ImageQuery } from "@/lib/schemas/image-query";
import { serverConfig } from "@/lib/server/config";
import { sanitizeImage } from "./sanitize";
import { snapshotViewPage } from "@/lib/server/triage/service";
import type { SnapshotView } from "@/lib/triage/view-names";

/**
 * A triage view: the snapshot pages and counts its guids, FinerWorks gives their current
 * details (live filters such as the search still apply to them), in the snapshot's order.
 */
async function listTriageView(
  query: ImageQuery,
  view: SnapshotView,
  signal?: AbortSignal,
): Promise<ImageListResponse> {
  const params = toListImagesParams(query);
  const { guids, count } = await snapshotViewPage(params.library ?? "inventory", view, query);
  const empty = { images: [], page_number: query.page, per_page: query.per_page, count };
  if (guids.length === 0) return empty;
  const page = await finerworks().listImages(
    { ...params, guid_filter: guids, page_number: 1, per_page: guids.length },
    signal,
  );
  const order = new Map(guids.map((guid, i) => [guid.toLowerCase(), i]));
  const images = [...page.images].sort(
    (a, b) => (order.get(a.guid.toLowerCase()) ?? 0) - (order.get(b.guid.toLowerCase()) ?? 0),
  );
  return { ...empty, images: images.map(sanitizeImage) };
}

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
  if (query.triage) return listTriageView(query, query.triage, signal);
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
