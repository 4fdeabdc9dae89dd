import "server-only";
import { finerworks } from "@/lib/server/finerworks";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { snapshotAsOf } from "@/lib/server/snapshot/snapshot-reads";
import { listWithFileNames } from "./search-file-names";
import { answerImages, emptyPage, toListImagesParams } from "./list-page";
import { listFromSnapshot } from "./list-from-snapshot";

export { toListImagesParams };

/**
 * One page of the library for a query: used by GET /api/images and by the /images page's
 * server prefetch, so both answer exactly the same. Product HTML comes back sanitised.
 * Triage views and the "Products" sort come from the library snapshot; a search also looks up
 * file names there; everything else is FinerWorks' list as it is.
 */
export async function listImagesForQuery(
  query: ImageQuery,
  signal?: AbortSignal,
): Promise<ImageListResponse> {
  if (query.triage || query.sort === "products") return listFromSnapshot(query, signal);
  if (query.q) return listWithFileNames({ ...query, q: query.q }, signal);
  const params = toListImagesParams(query);
  const [page, asOf] = await Promise.all([
    finerworks().listImages(params, signal),
    snapshotAsOf(params.library),
  ]);
  return {
    ...emptyPage(query, page.count),
    images: answerImages(query, page.images),
    snapshot_as_of: asOf,
  };
}
