import "server-only";
import { finerworks } from "@/lib/finerworks";
import type { FinerWorksClient } from "@/lib/finerworks/client";
import { LIBRARY_NAMES, type ImageDetails } from "@/lib/finerworks/schemas";
import type { UpdatedImage, UpdateImagesBody } from "@/lib/schemas/image-input";
import { ApiError } from "@/lib/server/api/errors";
import { serverConfig } from "@/lib/server/config";

type Item = UpdateImagesBody["images"][number];

/** The history's hooks around update_images (lib/server/history/record-update.ts). */
export interface UpdateRecorder {
  /**
   * Just before update_images, with every image as read (products included); throwing refuses
   * the update. Answers each image's history entry id, by guid.
   */
  begin(
    updates: readonly UpdatedImage[],
    current: ReadonlyMap<string, ImageDetails>,
  ): Promise<ReadonlyMap<string, string>>;
  /** Once update_images answered or failed; never throws. */
  finish(result: { referenceId: string | undefined } | { error: unknown }): Promise<void>;
}

// `expected` comes from a client, which may send null for an empty text; FinerWorks' side is
// already a string (parsed at the boundary).
const sameText = (expected: string | null, current: string) => (expected ?? "") === current;

/** The images as FinerWorks has them now (keyed by guid, lower case on both sides), looked up by guid in the default library, then the other one. */
async function readCurrent(
  client: FinerWorksClient,
  guids: string[],
  withProducts: boolean,
): Promise<Map<string, ImageDetails>> {
  const found = new Map<string, ImageDetails>();
  const preferred = serverConfig().finerworks.library;
  const libraries = [preferred, ...LIBRARY_NAMES.filter((l) => l !== preferred)];
  for (const library of libraries) {
    const missing = guids.filter((g) => !found.has(g));
    if (missing.length === 0) break;
    const page = await client.listImages({
      library,
      guid_filter: missing,
      per_page: 50,
      page_number: 1,
      list_products: withProducts,
    });
    for (const image of page.images) found.set(image.guid, image);
  }
  return found;
}

/**
 * update_images with two guarantees: a missing title or description keeps its current value
 * (update_images always writes both), and an image whose `expected` text no longer matches
 * FinerWorks is refused with 409 before anything is written. With a recorder, every image is
 * read with its products first (the products update_images will destroy) and recorded.
 */
export async function updateImagesChecked(
  items: readonly Item[],
  client: FinerWorksClient = finerworks(),
  recorder?: UpdateRecorder,
): Promise<UpdatedImage[]> {
  const needsRead = recorder
    ? items
    : items.filter((i) => i.expected || i.title === undefined || i.description === undefined);
  const current =
    needsRead.length > 0
      ? await readCurrent(
          client,
          needsRead.map((i) => i.guid),
          Boolean(recorder),
        )
      : new Map<string, ImageDetails>();

  const missing: Record<string, string[]> = {};
  const conflicts: Record<string, string[]> = {};
  let firstConflict: UpdatedImage | undefined;
  items.forEach((item, index) => {
    if (!needsRead.includes(item)) return;
    const now = current.get(item.guid);
    if (!now) {
      missing[`images.${index}.guid`] = ["no image with this guid"];
      return;
    }
    if (
      item.expected &&
      (!sameText(item.expected.title, now.title) ||
        !sameText(item.expected.description, now.description))
    ) {
      conflicts[`images.${index}.expected`] = [
        "the image was changed by someone else since it was loaded",
      ];
      firstConflict ??= {
        guid: now.guid,
        title: now.title,
        description: now.description,
      };
    }
  });
  if (Object.keys(missing).length > 0)
    throw new ApiError("not_found", "Some images do not exist.", { fields: missing });
  if (firstConflict) {
    throw new ApiError(
      "conflict",
      "The image was changed by someone else since it was loaded. Nothing was saved.",
      {
        fields: conflicts,
        current: firstConflict,
      },
    );
  }

  const updates: UpdatedImage[] = items.map((item) => {
    const now = current.get(item.guid);
    return {
      guid: item.guid,
      title: item.title ?? now?.title ?? "",
      description: item.description ?? now?.description ?? "",
    };
  });
  if (!recorder) {
    await client.updateImages(updates);
    return updates;
  }
  const entries = await recorder.begin(updates, current);
  try {
    const answer = await client.updateImages(updates);
    await recorder.finish({ referenceId: answer.status.reference_id ?? undefined });
  } catch (error) {
    await recorder.finish({ error });
    throw error;
  }
  return updates.map((update) => {
    const id = entries.get(update.guid.toLowerCase());
    return id ? { ...update, activity_id: id } : update;
  });
}
