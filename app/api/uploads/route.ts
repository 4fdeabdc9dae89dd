import { AppError } from "@/lib/server/errors/app-error";
import { json, withApi } from "@/lib/server/api/handler";
import { abandonableBody } from "@/lib/server/media/request-body";
import { storeUpload } from "@/lib/server/media/service";
import { apiRoute } from "@/lib/server/api/api-route";

// POST /api/uploads?name=<file name> - one image file as the raw body: stored in the media store
// with a generated preview and thumbnail, within the user's quota (201 with the URLs, size and
// pixel dimensions; 413 past the size limit or the quota, 415 for anything but an image)
const post = withApi({ route: "POST /api/uploads", action: "add" }, async ({ req, user }) => {
  if (!req.body) throw new AppError("invalid_request", "Send the file as the request body.");
  const body = abandonableBody(req.body);
  const declared = Number(req.headers.get("content-length") ?? "");
  const name = req.nextUrl.searchParams.get("name") ?? "image";
  const stored = await storeUpload(body, name, {
    owner: user.email,
    declaredBytes: Number.isFinite(declared) ? declared : undefined,
  });
  return json(stored, 201);
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ POST: post });
