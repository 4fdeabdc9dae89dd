import "server-only";
import { fileTypeFromBuffer, fileTypeFromFile } from "file-type";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import sharp, { type Metadata } from "sharp";
import {
  ACCEPTED_TYPES_TEXT,
  isAcceptedImageType,
  MAX_UPLOAD_BYTES,
  type AcceptedImageType,
} from "@/lib/schemas/add-images";
import { AppError } from "@/lib/server/errors/app-error";

export const THUMBNAIL_LONG_SIDE = 400;
export const PREVIEW_LONG_SIDE = 1600;
const SNIFF_BYTES = 4100;

export interface ReceivedImage {
  path: string;
  size: number;
  type: AcceptedImageType;
  /** Remove when done (the file may have been moved out already). */
  cleanup(): Promise<void>;
}

const tooLarge = (max: number) =>
  new AppError("payload_too_large", `Files can be at most ${Math.round(max / 1024 / 1024)} MB.`);

function notAnImage(mime: string | undefined): AppError {
  const what = mime ? `This file is ${mime}` : "This file is not an image we recognise";
  return new AppError(
    "unsupported_media_type",
    `${what}: only ${ACCEPTED_TYPES_TEXT} images are accepted.`,
  );
}

/**
 * Streams a body to a temporary file, never holding it whole in memory. The type is decided
 * from the first bytes (file-type), before the rest is read: anything but JPEG, PNG, TIFF or
 * WebP stops the transfer with 415, and more than `maxBytes` stops it with 413.
 */
export async function receiveImage(
  source: Readable,
  options: { maxBytes?: number; tempRoot?: string; tooLarge?: () => AppError } = {},
): Promise<ReceivedImage> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const overLimit = options.tooLarge ?? (() => tooLarge(maxBytes));
  const root = options.tempRoot ?? tmpdir();
  await mkdir(root, { recursive: true });
  const dir = await mkdtemp(join(root, "incoming-"));
  const path = join(dir, "file");
  const cleanup = () => rm(dir, { recursive: true, force: true });

  let size = 0;
  let type: AcceptedImageType | undefined;
  /** A TIFF's type is only certain once its directory (often at the end) is in. */
  let tiffPending = false;
  let head: Buffer[] = [];
  let headLength = 0;
  const decide = async (): Promise<Buffer> => {
    const bytes = Buffer.concat(head);
    head = [];
    const found = await fileTypeFromBuffer(bytes);
    if (found === undefined && hasTiffSignature(bytes)) tiffPending = true;
    else if (!isAcceptedImageType(found?.mime)) throw notAnImage(found?.mime);
    else type = found.mime;
    return bytes;
  };
  const check = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      size += chunk.length;
      if (size > maxBytes) return next(overLimit());
      if (type || tiffPending) return next(null, chunk);
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < SNIFF_BYTES) return next();
      decide().then(
        (bytes) => next(null, bytes),
        (error: Error) => next(error),
      );
    },
    flush(next) {
      if (type || tiffPending || headLength === 0) return next();
      decide().then(
        (bytes) => next(null, bytes),
        (error: Error) => next(error),
      );
    },
  });
  try {
    await pipeline(source, check, createWriteStream(path));
    if (tiffPending) {
      const found = await fileTypeFromFile(path);
      if (!isAcceptedImageType(found?.mime)) throw notAnImage(found?.mime);
      type = found.mime;
    }
  } catch (error) {
    await cleanup();
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_request", "The file did not arrive whole. Try again.");
  }
  if (size === 0 || !type) {
    await cleanup();
    throw new AppError("invalid_request", "The file is empty.");
  }
  return { path, size, type, cleanup };
}

function hasTiffSignature(bytes: Buffer): boolean {
  const magic = bytes.subarray(0, 4).toString("latin1");
  return magic === "II*\0" || magic === "MM\0*";
}

export interface Derivatives {
  /** As a person sees it (EXIF rotation applied). */
  width: number;
  height: number;
  thumbnail: Buffer;
  preview: Buffer;
}

// Two images at a time at most: sharp uses every core for one, and the machine is shared.
let running = 0;
const waiting: (() => void)[] = [];
async function withSharpSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Dimensions, a ~1600 px preview and a ~400 px thumbnail (JPEG, sRGB, alpha on white). */
export function makeDerivatives(path: string): Promise<Derivatives> {
  return withSharpSlot(async () => {
    let meta: Metadata;
    try {
      meta = await sharp(path).metadata();
    } catch {
      throw new AppError(
        "unsupported_media_type",
        "The image could not be read: the file may be damaged.",
      );
    }
    if (!meta.width || !meta.height)
      throw new AppError("unsupported_media_type", "The image has no dimensions.");
    const turned = (meta.orientation ?? 1) >= 5;
    const fit = (side: number) => ({
      width: side,
      height: side,
      fit: "inside" as const,
      withoutEnlargement: true,
    });
    try {
      const preview = await sharp(path)
        .rotate()
        .resize(fit(PREVIEW_LONG_SIDE))
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: 84, progressive: true })
        .toBuffer();
      const thumbnail = await sharp(preview)
        .resize(fit(THUMBNAIL_LONG_SIDE))
        .jpeg({ quality: 80 })
        .toBuffer();
      return {
        width: turned ? meta.height : meta.width,
        height: turned ? meta.width : meta.height,
        thumbnail,
        preview,
      };
    } catch {
      throw new AppError(
        "unsupported_media_type",
        "The image could not be converted: the file may be damaged or too large.",
      );
    }
  });
}
