import "server-only";
import type { LibraryName } from "@/lib/schemas/finerworks";
import { imageDetailQuery } from "@/lib/queries/images";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { serverConfig } from "@/lib/server/config";
import { listImagesForQuery } from "@/lib/server/images/list-images";

export interface FoundImage {
  /** The library the page reads the image from. */
  library: LibraryName;
  /** The list answer for it, or undefined when FinerWorks failed (the browser retries and shows why). */
  answer?: ImageListResponse;
}

const OTHER: Record<LibraryName, LibraryName> = { inventory: "temporary", temporary: "inventory" };

/**
 * Where an image page's guid lives. With `?library=` that library is read; without it the
 * configured default first, then the other one (one more list_images call, only on a miss).
 */
export async function findImage(guid: string, wanted?: LibraryName): Promise<FoundImage> {
  const first = wanted ?? serverConfig().finerworks.library;
  const read = (library: LibraryName) =>
    listImagesForQuery(imageDetailQuery(guid, library)).catch(() => undefined);
  const answer = await read(first);
  const found = answer?.images.some((image) => image.guid === guid) ?? false;
  if (found || wanted || !answer) return { library: first, answer };
  const other = OTHER[first];
  const second = await read(other);
  return second?.images.some((image) => image.guid === guid)
    ? { library: other, answer: second }
    : { library: first, answer };
}
