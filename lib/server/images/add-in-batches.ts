import "server-only";
import { finerworks } from "@/lib/server/finerworks";
import { MAX_IMAGES_PER_ADD, type FinerWorksClient } from "@/lib/server/finerworks/client";
import type { AddImageDetails, ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { AddImage } from "@/lib/schemas/image-input";
import { toAppError } from "@/lib/server/errors/to-app-error";
import { errorBody, type AppError } from "@/lib/server/errors/app-error";
import { log } from "@/lib/server/log";
import { mapWithConcurrency } from "@/lib/concurrency";
import { sanitizeImage } from "@/lib/server/sanitize/sanitize";
import type { AddRecorder } from "@/lib/server/history/recorders";

export const ADD_CONCURRENCY = 2;

export interface FailedRow {
  /** Position of the image in the request's `images` list. */
  index: number;
  error: ApiErrorBody["error"];
}

export interface AddImagesOutcome {
  /** The new images, made safe for a browser. */
  created: ImageDetails[];
  /** The same images as FinerWorks sent them (for the library snapshot). */
  createdAsSent: ImageDetails[];
  failed: FailedRow[];
  /** The first failure, for when nothing at all was created. */
  firstError?: AppError;
}

function toWire(image: AddImage): AddImageDetails {
  const wire: AddImageDetails = { ...image };
  for (const key of Object.keys(wire) as (keyof AddImageDetails)[])
    if (wire[key] === undefined) delete wire[key];
  return wire;
}

/**
 * Adds up to 50 images as add_images calls of at most 5, two at a time. A failed call fails only
 * its own rows (add_images is never retried: a lost answer may still have added the images).
 */
export async function addImagesInBatches(
  images: readonly AddImage[],
  library: LibraryName | undefined,
  client: FinerWorksClient = finerworks(),
  recorder?: AddRecorder,
): Promise<AddImagesOutcome> {
  const batches: { start: number; images: AddImageDetails[] }[] = [];
  for (let start = 0; start < images.length; start += MAX_IMAGES_PER_ADD) {
    batches.push({ start, images: images.slice(start, start + MAX_IMAGES_PER_ADD).map(toWire) });
  }
  await recorder?.begin(images, Math.ceil(batches.length / ADD_CONCURRENCY));
  const results = await mapWithConcurrency(batches, ADD_CONCURRENCY, async (batch) => {
    const count = batch.images.length;
    try {
      const answer = await client.addImages(batch.images, library);
      const referenceId = answer.status.reference_id ?? undefined;
      await recorder?.finishCall(batch.start, count, { created: answer.images, referenceId });
      return { batch, sent: answer.images, created: answer.images.map(sanitizeImage) };
    } catch (error) {
      await recorder?.finishCall(batch.start, count, { error });
      const { appError, known } = toAppError(error);
      if (!known)
        log("error", "images.add_batch_failed", {
          error: error instanceof Error ? error.message : String(error),
        });
      return { batch, error: appError };
    }
  });
  const outcome: AddImagesOutcome = { created: [], createdAsSent: [], failed: [] };
  for (const result of results) {
    if (result.created) {
      outcome.created.push(...result.created);
      outcome.createdAsSent.push(...result.sent);
      continue;
    }
    outcome.firstError ??= result.error;
    for (let i = 0; i < result.batch.images.length; i++) {
      outcome.failed.push({ index: result.batch.start + i, error: errorBody(result.error).error });
    }
  }
  return outcome;
}
