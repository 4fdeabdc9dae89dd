import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { Readable } from "node:stream";
import { NON_PAGE_CSP } from "@/lib/http/security-headers";
import { IMMUTABLE_CACHE } from "@/lib/server/media/types";
import { localMediaStore } from "@/lib/server/media/store";

const CONTENT_TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".tif": "image/tiff",
  ".tiff": "image/tiff",
  ".webp": "image/webp",
};

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain", "cache-control": "no-store" },
  });

// GET /media/<key> - a file of the local media store, public (FinerWorks fetches these URLs).
// Keys hold a random id and never change, so they are cached for a year.
async function serve(
  request: Request,
  params: Promise<{ key: string[] }>,
  head: boolean,
): Promise<Response> {
  const store = localMediaStore();
  if (!store) return notFound();
  const { key } = await params;
  const file = await store.resolveKey(key);
  const type = file ? CONTENT_TYPES[extname(file).toLowerCase()] : undefined;
  const info = file && type ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !type || !info?.isFile()) return notFound();

  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    "content-type": type,
    "cache-control": IMMUTABLE_CACHE,
    etag,
    "last-modified": info.mtime.toUTCString(),
    "accept-ranges": "bytes",
    "x-content-type-options": "nosniff",
    // proxy.ts sets these on every response too; a file stays inert even without it.
    "content-security-policy": NON_PAGE_CSP,
  };
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });

  let start = 0;
  let end = info.size - 1;
  let status = 200;
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get("range") ?? "");
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1]);
      if (range[2]) end = Math.min(Number(range[2]), info.size - 1);
    } else {
      start = Math.max(0, info.size - Number(range[2]));
    }
    if (start > end || start >= info.size) {
      return new Response(null, {
        status: 416,
        headers: { ...headers, "content-range": `bytes */${info.size}` },
      });
    }
    status = 206;
    headers["content-range"] = `bytes ${start}-${end}/${info.size}`;
  }
  headers["content-length"] = String(end - start + 1);
  if (head || info.size === 0) return new Response(null, { status, headers });
  const stream = Readable.toWeb(
    createReadStream(file, { start, end }),
  ) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}

export function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  return serve(request, params, false);
}

export function HEAD(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  return serve(request, params, true);
}
