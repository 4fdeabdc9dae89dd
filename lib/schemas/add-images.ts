// The add-images page's own wire shapes (probe, upload, thumbnails for URLs) and the small
// helpers browser and server share: accepted types, limits, file names from URLs.
import { z } from "zod";
import { FILE_NAME_MAX } from "@/lib/schemas/image-limits";
import { uriSchema } from "@/lib/schemas/image-input";
import { hasControlCharacters, withoutUnsafeUnicode } from "@/lib/schemas/unicode-text";

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** What the lab prints from: checked from the bytes, never from the name. */
export const ACCEPTED_IMAGE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/tiff",
  "image/webp",
] as const;
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];
export const ACCEPTED_TYPES_TEXT = "JPEG, PNG, TIFF or WebP";

export function isAcceptedImageType(type: string | undefined): type is AcceptedImageType {
  return (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(type ?? "");
}

export const EXTENSION_BY_TYPE: Record<AcceptedImageType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/tiff": "tif",
  "image/webp": "webp",
};

// POST /api/probe
export const probeRequestSchema = z.strictObject({ url: uriSchema });

export const probeResultSchema = z.object({
  url: z.string(),
  content_type: z.enum(ACCEPTED_IMAGE_TYPES),
  /** Null when the server did not say (no Content-Length or Content-Range). */
  file_size: z.number().int().nonnegative().nullable(),
  pix_w: z.number().int().positive(),
  pix_h: z.number().int().positive(),
  file_name: z.string(),
  /** How much of the file was read to learn this. */
  bytes_read: z.number().int().nonnegative(),
});
export type ProbeResult = z.infer<typeof probeResultSchema>;

// POST /api/uploads (one file as the raw body) and POST /api/uploads/from-url
export const derivedImagesSchema = z.object({
  public_thumbnail_uri: z.string(),
  public_preview_uri: z.string(),
  thumbnail_file_name: z.string(),
  preview_file_name: z.string(),
});
export type DerivedImages = z.infer<typeof derivedImagesSchema>;

export const uploadResultSchema = derivedImagesSchema.extend({
  private_hires_uri: z.string(),
  hires_file_name: z.string(),
  file_name: z.string(),
  file_size: z.number().int().nonnegative(),
  content_type: z.enum(ACCEPTED_IMAGE_TYPES),
  pix_w: z.number().int().positive(),
  pix_h: z.number().int().positive(),
});
export type UploadResult = z.infer<typeof uploadResultSchema>;

export const fromUrlRequestSchema = z.strictObject({ url: uriSchema });

/** The media store as the page needs to know it. */
export interface MediaCapabilities {
  /** Uploads and generated thumbnails are possible. */
  store: boolean;
  maxUploadBytes: number;
}

// ---- file names ---------------------------------------------------------------------

/**
 * A name the add schema accepts: NFC, no slashes, control characters, bidirectional controls
 * or lone surrogates, at most 200 characters.
 */
export function cleanFileName(raw: string, fallback = "image"): string {
  const cleaned = Array.from(withoutUnsafeUnicode(raw))
    .filter((ch) => !hasControlCharacters(ch) && ch !== "/" && ch !== "\\")
    .join("")
    .trim();
  const name = cleaned === "" || cleaned === "." || cleaned === ".." ? fallback : cleaned;
  if (name.length <= FILE_NAME_MAX) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return name.slice(0, FILE_NAME_MAX - ext.length) + ext;
}

/** The last path segment of a URL, decoded ("sunset%20beach.jpg" -> "sunset beach.jpg"). */
export function fileNameFromUrl(url: string, fallback = "image"): string {
  let segment = "";
  try {
    segment = new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? "";
  } catch {
    return fallback;
  }
  try {
    segment = decodeURIComponent(segment);
  } catch {
    // keep it encoded
  }
  return cleanFileName(segment, fallback);
}

/** "sunset_beach-02.jpg" -> "sunset beach 02": a default title a person would write. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  const words = base
    .replace(/[_\-.+]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return (words || fileName).slice(0, 200);
}

/** The extensions a file of each type may keep; the first is the one given. */
const EXTENSIONS_OF_TYPE: Record<AcceptedImageType, readonly string[]> = {
  "image/jpeg": ["jpg", "jpeg", "jpe"],
  "image/png": ["png"],
  "image/tiff": ["tif", "tiff"],
  "image/webp": ["webp"],
};

/**
 * Gives a file name the extension of its real type (decided from the bytes), so a server that
 * goes by the name serves it right: "x.exe" holding a PNG becomes "x.png", "photo.JPEG" holding
 * a JPEG stays. A suffix with no letter ("v1.2") is not an extension and is kept.
 */
export function withExtension(fileName: string, type: AcceptedImageType): string {
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(fileName);
  const current = match?.[1];
  if (current && EXTENSIONS_OF_TYPE[type].includes(current.toLowerCase())) return fileName;
  const base = current && /[A-Za-z]/.test(current) ? fileName.slice(0, match.index) : fileName;
  return cleanFileName(`${base || "image"}.${EXTENSION_BY_TYPE[type]}`);
}
