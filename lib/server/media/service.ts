import "server-only";
import type { Readable } from "node:stream";
import { formatBytes } from "@/lib/bytes";
import {
  cleanFileName,
  MAX_UPLOAD_BYTES,
  withExtension,
  type DerivedImages,
  type MediaCapabilities,
  type UploadResult,
} from "@/lib/schemas/add-images";
import { AppError } from "@/lib/server/errors/app-error";
import { serverConfig } from "@/lib/server/config";
import { fetchFailureToApiError } from "@/lib/server/fetch/errors";
import { guardedFetch } from "@/lib/server/fetch/guarded-fetch";
import { fetchPolicy } from "@/lib/server/fetch/policy";
import { makeDerivatives, receiveImage, type Derivatives } from "./ingest";
import { keySafeName, newMediaFolder } from "./keys";
import { mediaStore, mediaUsage, type MediaStore } from "./store";
import type { StorageUsage } from "./usage";

/** Generated files may take a while to download: 10 s per quiet gap, two minutes in all. */
const DOWNLOAD_DEADLINE_MS = 120_000;

export function mediaCapabilities(): MediaCapabilities {
  return { store: mediaStore() !== null, maxUploadBytes: MAX_UPLOAD_BYTES };
}

function requireStore(store: MediaStore | null = mediaStore()): MediaStore {
  if (!store)
    throw new AppError(
      "not_found",
      "File upload is not set up on this server: add images by URL instead.",
    );
  return store;
}

async function storeDerivatives(
  store: MediaStore,
  folder: string,
  base: string,
  d: Derivatives,
): Promise<DerivedImages> {
  const previewName = `${base}-preview.jpg`;
  const thumbnailName = `${base}-thumb.jpg`;
  const [preview, thumbnail] = await Promise.all([
    store.putBuffer(`${folder}/${previewName}`, d.preview, "image/jpeg"),
    store.putBuffer(`${folder}/${thumbnailName}`, d.thumbnail, "image/jpeg"),
  ]);
  return {
    public_preview_uri: preview,
    public_thumbnail_uri: thumbnail,
    preview_file_name: previewName,
    thumbnail_file_name: thumbnailName,
  };
}

const baseOf = (fileName: string) => keySafeName(fileName).replace(/\.[A-Za-z0-9]+$/, "");

/** Whose bytes these are, and what they may keep (defaults: the configured store and quota). */
export interface StorageOwner {
  owner: string;
  store?: MediaStore | null;
  usage?: StorageUsage;
  quotaBytes?: number;
}

function quotaExceeded(quota: number, used: number): AppError {
  return new AppError(
    "payload_too_large",
    `This file does not fit in your storage quota: ${formatBytes(used)} of ${formatBytes(quota)} used.`,
  );
}

/** The store, its usage records and the quota that apply to one call. */
function storageFor(options: StorageOwner) {
  const store = requireStore(options.store === undefined ? mediaStore() : options.store);
  return {
    store,
    usage: options.usage ?? mediaUsage(store),
    quota: options.quotaBytes ?? serverConfig().media.quotaBytes,
  };
}

/**
 * Puts `work`'s files in the store under the owner's quota: `bytes` are reserved first (413
 * past the quota) and given back when storing fails.
 */
async function withinQuota<T>(
  storage: ReturnType<typeof storageFor>,
  owner: string,
  bytes: number,
  work: () => Promise<T>,
): Promise<T> {
  if (!(await storage.usage.reserve(owner, bytes, storage.quota)))
    throw quotaExceeded(storage.quota, await storage.usage.used(owner));
  try {
    return await work();
  } catch (error) {
    await storage.usage.release(owner, bytes);
    throw error;
  }
}

/**
 * One uploaded file: stored as the hi-res original beside its preview and thumbnail, named with
 * its real type's extension, within the owner's quota. `declaredBytes` (Content-Length) lets a
 * file that cannot fit be refused before it is read. Whatever is refused, `body` is destroyed.
 */
export async function storeUpload(
  body: Readable,
  rawName: string,
  options: StorageOwner & { declaredBytes?: number },
): Promise<UploadResult> {
  try {
    const storage = storageFor(options);
    const used = await storage.usage.used(options.owner);
    const room = storage.quota - used;
    const maxBytes = Math.min(MAX_UPLOAD_BYTES, room);
    const overLimit = () =>
      room < MAX_UPLOAD_BYTES
        ? quotaExceeded(storage.quota, used)
        : new AppError(
            "payload_too_large",
            `Files can be at most ${formatBytes(MAX_UPLOAD_BYTES)}.`,
          );
    if (room <= 0 || (options.declaredBytes ?? 0) > maxBytes) throw overLimit();

    const received = await receiveImage(body, {
      tempRoot: storage.store.incomingDir,
      maxBytes,
      tooLarge: overLimit,
    });
    try {
      const derivatives = await makeDerivatives(received.path);
      const fileName = withExtension(cleanFileName(rawName), received.type);
      const bytes = received.size + derivatives.preview.length + derivatives.thumbnail.length;
      return await withinQuota(storage, options.owner, bytes, async () => {
        const folder = newMediaFolder("uploads");
        const target = storage.store;
        const derived = await storeDerivatives(target, folder, baseOf(fileName), derivatives);
        const hires = await target.putFile(
          `${folder}/${keySafeName(fileName)}`,
          received.path,
          received.type,
        );
        return {
          ...derived,
          private_hires_uri: hires,
          hires_file_name: fileName,
          file_name: fileName,
          file_size: received.size,
          content_type: received.type,
          pix_w: derivatives.width,
          pix_h: derivatives.height,
        };
      });
    } finally {
      await received.cleanup();
    }
  } catch (error) {
    body.destroy();
    throw error;
  }
}

/** Preview and thumbnail for an image that stays at its own URL (fetched through the SSRF guard). */
export async function generateFromUrl(
  url: string,
  options: StorageOwner & { signal?: AbortSignal },
): Promise<DerivedImages> {
  const { signal } = options;
  const storage = storageFor(options);
  const target = storage.store;
  const policy = fetchPolicy({ maxBytes: MAX_UPLOAD_BYTES, deadlineMs: DOWNLOAD_DEADLINE_MS });
  const response = await guardedFetch(url, policy, { signal }).catch((error: unknown) => {
    throw fetchFailureToApiError(error);
  });
  try {
    if (response.status !== 200)
      throw new AppError(
        "upstream_error",
        `The image host answered HTTP ${response.status} for this URL.`,
      );
    const received = await receiveImage(response.body, { tempRoot: target.incomingDir }).catch(
      (error: unknown) => {
        // A fetch that failed mid-body says why better than "did not arrive whole".
        const cause = response.body.errored;
        throw cause ? fetchFailureToApiError(cause) : error;
      },
    );
    try {
      const derivatives = await makeDerivatives(received.path);
      const name = baseOf(cleanFileName(new URL(url).pathname.split("/").at(-1) ?? "image"));
      const bytes = derivatives.preview.length + derivatives.thumbnail.length;
      return await withinQuota(storage, options.owner, bytes, () =>
        storeDerivatives(target, newMediaFolder("generated"), name, derivatives),
      );
    } finally {
      await received.cleanup();
    }
  } finally {
    response.close();
  }
}
