import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import probeStream from "probe-image-size/stream.js";
import type { ProbeResult as RawProbe } from "probe-image-size";
import {
  fileNameFromUrl,
  isAcceptedImageType,
  withExtension,
  ACCEPTED_TYPES_TEXT,
  type ProbeResult,
} from "@/lib/schemas/add-images";
import { AppError } from "@/lib/server/errors/app-error";
import { fetchFailureToApiError } from "@/lib/server/fetch/errors";
import {
  guardedFetch,
  GuardedFetchError,
  type FetchPolicy,
  type GuardedResponse,
} from "@/lib/server/fetch/guarded-fetch";

/** The most a probe reads: the headers of every accepted format sit well inside it. */
export const PROBE_MAX_BYTES = 512 * 1024;
/** Extra for a TIFF whose directory sits at the end of the file. */
const TIFF_DIRECTORY_BYTES = 64 * 1024;
const HEAD_BYTES = 4100;

/** The first Range request; most files say their dimensions well inside it. */
const FIRST_WINDOW_BYTES = 64 * 1024;

/**
 * Reads just enough of an image URL to learn its type, size and pixel dimensions with
 * probe-image-size: a Range request for the first 64 KB, then (only if the library needs more)
 * one for the rest of the first 512 KB. A host that ignores Range is cut off at 512 KB.
 * Only these details leave this function, never the bytes.
 */
export async function probeUrl(
  url: string,
  policy: FetchPolicy,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const fetchWindow = (target: string, start: number, end: number) =>
    guardedFetch(
      target,
      { ...policy, maxBytes: end - start + 1 },
      { headers: { range: `bytes=${start}-${end}` }, signal },
    ).catch((error: unknown) => {
      throw fetchFailureToApiError(error);
    });
  // A host that ignores Range sends the whole file: the byte limit (512 KB) then cuts it off.
  const response = await guardedFetch(
    url,
    { ...policy, maxBytes: PROBE_MAX_BYTES },
    {
      headers: { range: `bytes=0-${FIRST_WINDOW_BYTES - 1}` },
      signal,
    },
  ).catch((error: unknown) => {
    throw fetchFailureToApiError(error);
  });
  const ranged = response.status === 206;
  let bytesRead = 0;
  const open = [response];
  try {
    if (response.status === 416)
      throw new AppError("unsupported_media_type", "The file at this URL is empty.");
    if (response.status !== 200 && response.status !== 206) {
      throw new AppError(
        "upstream_error",
        `The image host answered HTTP ${response.status} for this URL.`,
      );
    }
    const fileSize = totalSize(response.status, response.headers);

    const head: Buffer[] = [];
    let headLength = 0;
    const feed = new PassThrough();
    let settled = false;
    const probing = probeStream(feed).finally(() => (settled = true));
    probing.catch(() => undefined);
    let fetchFailure: unknown;
    const pour = async (source: GuardedResponse) => {
      try {
        for await (const chunk of source.body) {
          if (settled) break;
          if (headLength < HEAD_BYTES) {
            head.push(chunk as Buffer);
            headLength += (chunk as Buffer).length;
          }
          if (!feed.write(chunk))
            await Promise.race([once(feed, "drain"), probing.catch(() => undefined)]);
        }
      } catch (error) {
        fetchFailure = error;
      } finally {
        bytesRead += source.bytesRead();
        source.close();
      }
    };
    await pour(response);
    const end = fileSize === null ? PROBE_MAX_BYTES : Math.min(PROBE_MAX_BYTES, fileSize);
    if (!settled && !fetchFailure && ranged && FIRST_WINDOW_BYTES < end) {
      const more = await fetchWindow(response.url, FIRST_WINDOW_BYTES, end - 1);
      open.push(more);
      if (more.status === 206) await pour(more);
    }
    feed.end();
    let found: RawProbe | undefined;
    let failure: unknown = fetchFailure;
    try {
      found = await probing;
    } catch (error) {
      failure ??= error;
    }
    const headBytes = Buffer.concat(head);

    if (!found && failure instanceof GuardedFetchError && failure.kind !== "too_large")
      throw fetchFailureToApiError(failure);
    if (!found && isTiff(headBytes) && ranged && fileSize !== null) {
      const more = await probeTiffDirectory(response.url, headBytes, fileSize, policy, signal);
      if (more) {
        found = more.result;
        bytesRead += more.bytes;
      }
    }
    if (!found) {
      const exhausted =
        bytesRead >= PROBE_MAX_BYTES ||
        (failure instanceof GuardedFetchError && failure.kind === "too_large");
      const sniffed = await fileTypeFromBuffer(headBytes).catch(() => undefined);
      if (exhausted && isAcceptedImageType(sniffed?.mime)) {
        throw new AppError(
          "unsupported_media_type",
          `The image's dimensions were not found in its first ${PROBE_MAX_BYTES / 1024} KB.`,
        );
      }
      throw notAccepted(sniffed?.mime);
    }
    if (!isAcceptedImageType(found.mime)) throw notAccepted(found.mime);

    // EXIF orientations 5-8 turn the picture a quarter: report what a person sees.
    const turned = (found.orientation ?? 1) >= 5;
    return {
      url,
      content_type: found.mime,
      file_size: fileSize,
      pix_w: turned ? found.height : found.width,
      pix_h: turned ? found.width : found.height,
      file_name: withExtension(fileNameFromUrl(url), found.mime),
      bytes_read: bytesRead,
    };
  } finally {
    for (const r of open) r.close();
  }
}

function notAccepted(mime: string | undefined): AppError {
  if (!mime?.startsWith("image/")) {
    return new AppError(
      "unsupported_media_type",
      `This URL does not point to an image: use a ${ACCEPTED_TYPES_TEXT} file.`,
    );
  }
  const kind = mime
    .slice(6)
    .replace(/^x-|\+xml$/g, "")
    .toUpperCase();
  return new AppError(
    "unsupported_media_type",
    `${kind} images are not accepted: use ${ACCEPTED_TYPES_TEXT}.`,
  );
}

/** From Content-Range's total (206) or Content-Length (200); null when the host does not say. */
export function totalSize(
  status: number,
  headers: Record<string, string | string[] | undefined>,
): number | null {
  if (status === 206) {
    const match = /\/(\d+)\s*$/.exec(String(headers["content-range"] ?? ""));
    return match ? Number(match[1]) : null;
  }
  const length = headers["content-length"];
  const encoded = headers["content-encoding"] && headers["content-encoding"] !== "identity";
  return typeof length === "string" && /^\d+$/.test(length) && !encoded ? Number(length) : null;
}

function isTiff(head: Buffer): boolean {
  return (
    head.length >= 8 &&
    (head.subarray(0, 4).equals(Buffer.from("II*\0", "latin1")) ||
      head.subarray(0, 4).equals(Buffer.from("MM\0*", "latin1")))
  );
}

/**
 * Many TIFF writers (libtiff among them) put the image directory after the pixels. The header's
 * 4-byte offset says where; one more Range request fetches the directory, and probe-image-size
 * reads it behind a copy of the header pointing at it (width and height are stored in place).
 */
async function probeTiffDirectory(
  url: string,
  head: Buffer,
  fileSize: number,
  policy: FetchPolicy,
  signal: AbortSignal | undefined,
): Promise<{ result: RawProbe; bytes: number } | undefined> {
  const little = head[0] === 0x49;
  const offset = little ? head.readUInt32LE(4) : head.readUInt32BE(4);
  const length = Math.min(TIFF_DIRECTORY_BYTES, fileSize - offset);
  if (offset < 8 || length < 2) return undefined;
  let response;
  try {
    response = await guardedFetch(
      url,
      { ...policy, maxBytes: length },
      { headers: { range: `bytes=${offset}-${offset + length - 1}` }, signal },
    );
  } catch {
    return undefined;
  }
  try {
    if (response.status !== 206) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of response.body) chunks.push(chunk as Buffer);
    const header = Buffer.from(head.subarray(0, 8));
    if (little) header.writeUInt32LE(8, 4);
    else header.writeUInt32BE(8, 4);
    const result = await probeStream(Readable.from([Buffer.concat([header, ...chunks])]));
    return { result, bytes: response.bytesRead() };
  } catch {
    return undefined;
  } finally {
    response.close();
  }
}
