import "server-only";
import type { Readable } from "node:stream";
import {
  cleanFileName,
  MAX_UPLOAD_BYTES,
  withExtension,
  type DerivedImages,
  type MediaCapabilities,
  type UploadResult,
} from "@/lib/schemas/add-images";
import { ApiError } from "@/lib/server/api/errors";
import { fetchFailureToApiError } from "@/lib/server/fetch/errors";
import { guardedFetch } from "@/lib/server/fetch/guarded-fetch";
import { fetchPolicy } from "@/lib/server/fetch/policy";
import { makeDerivatives, receiveImage, type Derivatives } from "./ingest";
import { keySafeName, newMediaFolder } from "./keys";
import { mediaStore, type MediaStore } from "./store";

/** Generated files may take a while to download: 10 s per quiet gap, two minutes in all. */
const DOWNLOAD_DEADLINE_MS = 120_000;

export function mediaCapabilities(): MediaCapabilities {
  return { store: mediaStore() !== null, maxUploadBytes: MAX_UPLOAD_BYTES };
}

function requireStore(store: MediaStore | null = mediaStore()): MediaStore {
  if (!store)
    throw new ApiError(
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

/** One uploaded file: stored as the hi-res original beside its preview and thumbnail. */
export async function storeUpload(
  body: Readable,
  rawName: string,
  store = mediaStore(),
): Promise<UploadResult> {
  const target = requireStore(store);
  const received = await receiveImage(body, { tempRoot: target.incomingDir });
  try {
    const derivatives = await makeDerivatives(received.path);
    const fileName = withExtension(cleanFileName(rawName), received.type);
    const folder = newMediaFolder("uploads");
    const hiresName = keySafeName(fileName);
    const derived = await storeDerivatives(target, folder, baseOf(fileName), derivatives);
    const hires = await target.putFile(`${folder}/${hiresName}`, received.path, received.type);
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
  } finally {
    await received.cleanup();
  }
}

/** Preview and thumbnail for an image that stays at its own URL (fetched through the SSRF guard). */
export async function generateFromUrl(
  url: string,
  signal?: AbortSignal,
  store = mediaStore(),
): Promise<DerivedImages> {
  const target = requireStore(store);
  const policy = fetchPolicy({ maxBytes: MAX_UPLOAD_BYTES, deadlineMs: DOWNLOAD_DEADLINE_MS });
  const response = await guardedFetch(url, policy, { signal }).catch((error: unknown) => {
    throw fetchFailureToApiError(error);
  });
  try {
    if (response.status !== 200)
      throw new ApiError(
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
      return await storeDerivatives(target, newMediaFolder("generated"), name, derivatives);
    } finally {
      await received.cleanup();
    }
  } finally {
    response.close();
  }
}
