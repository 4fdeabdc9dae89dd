import "server-only";
// A search covers what a card shows: FinerWorks' search_filter finds titles and descriptions,
// and the library snapshot finds the images only their file name matches. Those follow
// FinerWorks' matches, in the same sort order (FinerWorks sorts them too, through its guid
// filter), so the count is both sets and every page is a slice of that one list.
import { finerworks } from "@/lib/server/finerworks";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { mapWithConcurrency } from "@/lib/concurrency";
import { FILE_NAME_MATCH_LIMIT, type ImageListResponse } from "@/lib/schemas/image-list";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { AppError } from "@/lib/server/errors/app-error";
import { snapshotFileNameMatches, type SnapshotAnswer } from "@/lib/server/snapshot/snapshot-reads";
import { answerImages, emptyPage, toListImagesParams, type ListParams } from "./list-page";

/** list_images' largest page. */
const UPSTREAM_PAGE = 50;

/** The snapshot's file-name-only matches; null without a snapshot or with the store down. */
async function lookUpFileNames(
  params: ListParams,
  query: ImageQuery & { q: string },
): Promise<SnapshotAnswer<string[]> | null> {
  try {
    return await snapshotFileNameMatches(params.library, query.q, query, FILE_NAME_MATCH_LIMIT + 1);
  } catch (error) {
    // Reading the library does not need the store: the search goes on without file names.
    if (error instanceof AppError && error.code === "unavailable") return null;
    throw error;
  }
}

/**
 * The candidates FinerWorks' own search matches now (their text changed since the snapshot):
 * they are on its side of the list already. Normally none, so one call.
 */
async function withoutLiveMatches(
  params: ListParams,
  guids: readonly string[],
  signal?: AbortSignal,
): Promise<string[]> {
  const ask = (page: number) =>
    finerworks().listImages(
      {
        library: params.library,
        search_filter: params.search_filter ?? null,
        guid_filter: [...guids],
        page_number: page,
        per_page: UPSTREAM_PAGE,
        list_products: false,
      },
      signal,
    );
  const first = await ask(1);
  const pages = Math.ceil(first.count / UPSTREAM_PAGE);
  const rest = await mapWithConcurrency(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2),
    2,
    ask,
  );
  const matched = new Set([first, ...rest].flatMap((page) => page.images.map((i) => i.guid)));
  return guids.filter((guid) => !matched.has(guid));
}

/**
 * The file-name matches on page `query.page` of the merged list, whose first `before` entries
 * are FinerWorks' own matches, and how many file-name matches the filters keep in all.
 */
async function fileNamePart(
  params: ListParams,
  guids: readonly string[],
  before: number,
  query: ImageQuery,
  signal?: AbortSignal,
): Promise<{ images: ImageDetails[]; count: number }> {
  const perPage = query.per_page;
  const offset = (query.page - 1) * perPage;
  const start = Math.max(0, offset - before);
  const end = offset + perPage - before;
  const ask = (page: number, size: number, products = params.list_products ?? null) =>
    finerworks().listImages(
      {
        ...params,
        search_filter: null,
        guid_filter: [...guids],
        page_number: page,
        per_page: size,
        list_products: products,
      },
      signal,
    );
  if (end <= 0) return { images: [], count: (await ask(1, 1, false)).count };
  // The slice [start, end) is at most one page long, so it lies on one or two upstream pages.
  const first = Math.floor(start / perPage) + 1;
  const last = Math.floor((end - 1) / perPage) + 1;
  const pages = await Promise.all(
    Array.from({ length: last - first + 1 }, (_, i) => ask(first + i, perPage)),
  );
  const skipped = (first - 1) * perPage;
  const images = pages.flatMap((page) => page.images).slice(start - skipped, end - skipped);
  return { images, count: pages[0]?.count ?? 0 };
}

export async function listWithFileNames(
  query: ImageQuery & { q: string },
  signal?: AbortSignal,
): Promise<ImageListResponse> {
  const params = toListImagesParams(query);
  const [live, lookup] = await Promise.all([
    finerworks().listImages(params, signal),
    lookUpFileNames(params, query),
  ]);
  const offset = (query.page - 1) * query.per_page;
  // FinerWorks' side of this page (nothing once the page is past its matches).
  const ownImages = live.images.slice(
    0,
    Math.max(0, Math.min(query.per_page, live.count - offset)),
  );
  if (!lookup)
    return {
      ...emptyPage(query, live.count),
      images: answerImages(query, ownImages),
      snapshot_as_of: null,
    };
  const limited = lookup.found.length > FILE_NAME_MATCH_LIMIT;
  const candidates = lookup.found.slice(0, FILE_NAME_MATCH_LIMIT);
  const extra = candidates.length === 0 ? [] : await withoutLiveMatches(params, candidates, signal);
  const part =
    extra.length === 0
      ? { images: [], count: 0 }
      : await fileNamePart(params, extra, live.count, query, signal);
  return {
    ...emptyPage(query, live.count + part.count),
    images: answerImages(query, [...ownImages, ...part.images]),
    snapshot_as_of: lookup.as_of,
    file_name_matches: { count: part.count, limited },
  };
}
