import "server-only";
// A triage view or the "Products" sort: the library snapshot filters, sorts, pages and counts
// (every filter in SQL, so the count and the pages agree), FinerWorks gives the page's images
// as they are now, in the snapshot's order.
import { finerworks } from "@/lib/server/finerworks";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { AppError } from "@/lib/server/errors/app-error";
import { snapshotQueryPage } from "@/lib/server/snapshot/snapshot-reads";
import { emptyPage, toListImagesParams, type ListParams } from "./list-page";
import { sanitizeImage } from "@/lib/server/sanitize/sanitize";

/** Why the "Products" sort cannot be served: no scan yet, or a library scans never cover. */
function noSnapshotForProductsSort(library: string): string {
  return library === "inventory"
    ? "Sorting by products needs the library snapshot, which a library scan makes (Views, then Refresh); this library has none yet."
    : "Sorting by products needs the library snapshot, and library scans cover the inventory library only.";
}

/** These images (at most 50) as FinerWorks has them now, in the order given. */
export async function imagesByGuid(
  params: ListParams,
  guids: readonly string[],
  signal?: AbortSignal,
): Promise<ImageDetails[]> {
  if (guids.length === 0) return [];
  const page = await finerworks().listImages(
    {
      library: params.library,
      list_products: params.list_products ?? null,
      guid_filter: [...guids],
      page_number: 1,
      per_page: guids.length,
    },
    signal,
  );
  const order = new Map(guids.map((guid, i) => [guid, i]));
  return [...page.images].sort((a, b) => (order.get(a.guid) ?? 0) - (order.get(b.guid) ?? 0));
}

export async function listFromSnapshot(
  query: ImageQuery,
  signal?: AbortSignal,
): Promise<ImageListResponse> {
  const params = toListImagesParams(query);
  const answer = await snapshotQueryPage(params.library, query);
  if (!answer) {
    if (query.sort === "products")
      throw new AppError("conflict", noSnapshotForProductsSort(params.library));
    return { ...emptyPage(query, 0), snapshot_as_of: null };
  }
  const images = await imagesByGuid(params, answer.found.guids, signal);
  return {
    ...emptyPage(query, answer.found.count),
    images: images.map(sanitizeImage),
    snapshot_as_of: answer.as_of,
  };
}
