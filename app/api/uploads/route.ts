import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { MAX_UPLOAD_BYTES } from "@/lib/schemas/add-images";
import { ApiError } from "@/lib/server/api/errors";
import { json, withApi } from "@/lib/server/api/handler";
import { storeUpload } from "@/lib/server/media/service";

// POST /api/uploads?name=<file name> - one image file as the raw body: stored in the media store
// with a generated preview and thumbnail (201 with the URLs, size and pixel dimensions)
export const POST = withApi({ route: "POST /api/uploads", action: "add" }, async ({ req }) => {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) {
    throw new ApiError(
      "payload_too_large",
      `Files can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
    );
  }
  if (!req.body) throw new ApiError("invalid_request", "Send the file as the request body.");
  const name = req.nextUrl.searchParams.get("name") ?? "image";
  const body = Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>);
  return json(await storeUpload(body, name), 201);
});
