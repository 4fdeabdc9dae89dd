// Reading many images for a bulk edit through GET /api/images: every image matching the grid's
// filters ("Select all N matching"), or the selected ones by guid after a reload.
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { imageQuerySchema, MAX_PER_PAGE, type ImageQuery } from "@/lib/schemas/image-query";
import { mapWithConcurrency } from "@/lib/concurrency";
import { fetchImageList } from "./images";

export interface Progress {
  done: number;
  total: number;
}

/**
 * The images matching the query's filters and sort, up to `limit`, read a full page at a time
 * (two pages in flight), in the grid's order.
 */
export async function fetchAllMatching(
  query: ImageQuery,
  limit: number,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<ImageDetails[]> {
  const pageQuery = (page: number): ImageQuery => ({ ...query, page, per_page: MAX_PER_PAGE });
  const first = await fetchImageList(pageQuery(1), signal);
  const total = Math.min(first.count, limit);
  onProgress({ done: Math.min(first.images.length, total), total });
  const pageCount = Math.ceil(total / MAX_PER_PAGE);
  let done = first.images.length;
  const rest = await mapWithConcurrency(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2),
    2,
    async (page) => {
      const answer = await fetchImageList(pageQuery(page), signal);
      done += answer.images.length;
      onProgress({ done: Math.min(done, total), total });
      return answer.images;
    },
  );
  const seen = new Set<string>();
  return [first.images, ...rest]
    .flat()
    .filter((image) => !seen.has(image.guid) && seen.add(image.guid))
    .slice(0, total);
}

/** The images with these guids (50 a request), in the order asked; missing ones are left out. */
export async function fetchImagesByGuids(
  guids: readonly string[],
  library: LibraryName | undefined,
  signal?: AbortSignal,
): Promise<ImageDetails[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < guids.length; i += MAX_PER_PAGE)
    chunks.push(guids.slice(i, i + MAX_PER_PAGE));
  const pages = await mapWithConcurrency(chunks, 2, (chunk) =>
    fetchImageList(
      imageQuerySchema.parse({ guids: chunk.join(","), per_page: MAX_PER_PAGE, library }),
      signal,
    ),
  );
  const byGuid = new Map(pages.flatMap((page) => page.images).map((i) => [i.guid, i] as const));
  return guids.flatMap((guid) => {
    const image = byGuid.get(guid);
    return image ? [image] : [];
  });
}
