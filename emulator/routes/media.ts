// GET /media/<kind>/<guid>.jpg - the generated artwork behind the seeded image URIs.
// Only files inside the media dir are served; anything that tries to climb out is a 404.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import type { EmulatorContext } from "../context";
import { MESSAGES, statusOnly } from "../envelope";
import { sendJson } from "../http-io";
import type { MediaKind } from "../media";
import { GUID_SOURCE } from "@/lib/schemas/guid";

const CONTENT_TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".tif": "image/tiff",
};
const GENERATED = new RegExp(`^(thumb|preview|hires)/(${GUID_SOURCE})\\.jpg$`);

export async function handleMedia(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
): Promise<void> {
  req.resume();
  const notFound = () => {
    const a = statusOnly(404, MESSAGES.notFound);
    sendJson(res, a.httpStatus, a.body);
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    const a = statusOnly(405, MESSAGES.methodNotAllowed(req.method ?? ""));
    return sendJson(res, a.httpStatus, a.body, { allow: "GET, HEAD" });
  }
  const relative = safeRelativePath(rawPath.slice("/media/".length));
  if (relative === undefined) return notFound();

  const generated = GENERATED.exec(relative);
  let file: string | undefined = resolve(ctx.media.dir, relative);
  if (!file.startsWith(resolve(ctx.media.dir) + sep)) return notFound();
  if (generated?.[1] && generated[2]) {
    try {
      file = await ctx.media.ensure(generated[1] as MediaKind, generated[2]);
    } catch (error) {
      console.error("[emulator] media generation failed", error);
      file = undefined;
    }
  }
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) return notFound();

  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    // Files are keyed by guid and never change once written.
    "cache-control": "public, max-age=86400",
    etag,
    "last-modified": info.mtime.toUTCString(),
  };
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, "content-length": info.size });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

/** Decoded path below /media/, or undefined if it is malformed or escapes upward. */
export function safeRelativePath(encoded: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  if (decoded === "" || decoded.includes("\0") || decoded.includes("\\") || decoded.startsWith("/"))
    return undefined;
  if (decoded.split("/").some((part) => part === ".." || part === "." || part === ""))
    return undefined;
  return decoded;
}
