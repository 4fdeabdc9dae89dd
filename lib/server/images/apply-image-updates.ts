import "server-only";
import { finerworks } from "@/lib/server/finerworks";
import type { FinerWorksClient } from "@/lib/server/finerworks/client";
import { LIBRARY_NAMES, type ImageDetails } from "@/lib/schemas/finerworks";
import { mapWithConcurrency } from "@/lib/concurrency";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { UpdatedImage, UpdateImagesBody } from "@/lib/schemas/image-input";
import { AppError, errorBody } from "@/lib/server/errors/app-error";
import { toAppError } from "@/lib/server/errors/to-app-error";
import { serverConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import type { RecordedCall, UpdateRecorder } from "@/lib/server/history/recorders";

type Item = UpdateImagesBody["images"][number];

/** Images per update_images call, and calls in flight at once. */
export const UPDATE_CHUNK_SIZE = 25;
export const UPDATE_CONCURRENCY = 2;

export interface FailedUpdate {
  /** Position of the image in the request's `images` list. */
  index: number;
  guid: string;
  error: ApiErrorBody["error"];
}

export interface UpdateImagesOutcome {
  /** What was written, in request order. */
  saved: UpdatedImage[];
  failed: FailedUpdate[];
  /** The same failures as errors, for a request that fails as a whole. */
  errors: AppError[];
}

interface Row {
  index: number;
  item: Item;
}

type RowResult = { row: Row; saved: UpdatedImage } | { row: Row; error: AppError };

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

function asApiError(error: unknown): AppError {
  const { appError, known } = toAppError(error);
  if (!known)
    log("error", "images.update_chunk_failed", {
      error: error instanceof Error ? error.message : String(error),
    });
  return appError;
}

/** Why a row cannot be sent: it does not exist, or its `expected` text is stale (409 with `current`). */
function checkRow({ index, item }: Row, now: ImageDetails | undefined): AppError | undefined {
  if (!now)
    return new AppError("not_found", "Some images do not exist.", {
      fields: { [`images.${index}.guid`]: ["no image with this guid"] },
    });
  if (
    item.expected &&
    (!sameText(item.expected.title, now.title) ||
      !sameText(item.expected.description, now.description))
  )
    return new AppError(
      "conflict",
      "The image was changed by someone else since it was loaded. Nothing was saved.",
      {
        fields: {
          [`images.${index}.expected`]: [
            "the image was changed by someone else since it was loaded",
          ],
        },
        current: { guid: now.guid, title: now.title, description: now.description },
      },
    );
  return undefined;
}

/** One update_images call for up to UPDATE_CHUNK_SIZE rows, read and checked just before. */
async function updateChunk(
  rows: readonly Row[],
  client: FinerWorksClient,
  recorder: UpdateRecorder | undefined,
): Promise<RowResult[]> {
  const needsRead = recorder
    ? rows
    : rows.filter(
        ({ item }) => item.expected || item.title === undefined || item.description === undefined,
      );
  let current: Map<string, ImageDetails>;
  try {
    current =
      needsRead.length > 0
        ? await readCurrent(
            client,
            needsRead.map((r) => r.item.guid),
            Boolean(recorder),
          )
        : new Map<string, ImageDetails>();
  } catch (error) {
    const appError = asApiError(error);
    return rows.map((row) => ({ row, error: appError }));
  }

  const results: RowResult[] = [];
  const ready: { row: Row; update: UpdatedImage }[] = [];
  for (const row of rows) {
    const now = current.get(row.item.guid);
    const refused = needsRead.includes(row) ? checkRow(row, now) : undefined;
    if (refused) {
      results.push({ row, error: refused });
      continue;
    }
    const update = {
      guid: row.item.guid,
      title: row.item.title ?? now?.title ?? "",
      description: row.item.description ?? now?.description ?? "",
    };
    ready.push({ row, update });
  }
  if (ready.length === 0) return results;

  const updates = ready.map((r) => r.update);
  let recorded: RecordedCall | undefined;
  try {
    recorded = await recorder?.begin(updates, current);
    const answer = await client.updateImages(updates);
    await recorded?.finish({ referenceId: answer.status.reference_id ?? undefined });
  } catch (error) {
    await recorded?.finish({ error });
    const appError = asApiError(error);
    return [...results, ...ready.map(({ row }) => ({ row, error: appError }))];
  }
  for (const { row, update } of ready) {
    const id = recorded?.entryIds.get(update.guid.toLowerCase());
    results.push({ row, saved: id ? { ...update, activity_id: id } : update });
  }
  return results;
}

/**
 * update_images in calls of at most UPDATE_CHUNK_SIZE images, UPDATE_CONCURRENCY at a time,
 * with per-row outcomes: a missing title or description keeps its current value (update_images
 * always writes both); an image whose `expected` text no longer matches FinerWorks (re-read with
 * guid_filter just before its call) fails alone with 409 and `current`; a failed call fails only
 * its own rows. With a recorder, every image is read with its products first (the products
 * update_images destroys) and recorded before its call is sent.
 */
export async function updateImagesChecked(
  items: readonly Item[],
  client: FinerWorksClient = finerworks(),
  recorder?: UpdateRecorder,
): Promise<UpdateImagesOutcome> {
  const chunks: Row[][] = [];
  for (let start = 0; start < items.length; start += UPDATE_CHUNK_SIZE)
    chunks.push(
      items.slice(start, start + UPDATE_CHUNK_SIZE).map((item, i) => ({ index: start + i, item })),
    );
  const results = (
    await mapWithConcurrency(chunks, UPDATE_CONCURRENCY, (rows) =>
      updateChunk(rows, client, recorder),
    )
  )
    .flat()
    .sort((a, b) => a.row.index - b.row.index);

  const outcome: UpdateImagesOutcome = { saved: [], failed: [], errors: [] };
  for (const result of results) {
    if ("saved" in result) {
      outcome.saved.push(result.saved);
      continue;
    }
    outcome.errors.push(result.error);
    outcome.failed.push({
      index: result.row.index,
      guid: result.row.item.guid,
      error: errorBody(result.error).error,
    });
  }
  return outcome;
}

const ROW_ERRORS = new Set(["conflict", "not_found"]);

/**
 * The error a request answers as a whole, or undefined when it answers 200/207: when nothing was
 * saved and the request had one image, or every row failed for a request-wide reason (FinerWorks
 * or the store down), the answer is the one a single failure always had.
 */
export function wholeRequestError(
  outcome: UpdateImagesOutcome,
  requested: number,
): AppError | undefined {
  if (outcome.saved.length > 0 || outcome.errors.length === 0) return undefined;
  const [first] = outcome.errors;
  if (requested === 1 || !outcome.errors.some((e) => ROW_ERRORS.has(e.code))) return first;
  return undefined;
}
