import { addImagesBodySchema, updateImagesBodySchema } from "@/lib/schemas/image-input";
import { json, withApi } from "@/lib/server/api/handler";
import { idempotent } from "@/lib/server/api/idempotency";
import { readRoute } from "@/lib/server/api/endpoint";
import { addImages } from "@/lib/server/images/add-images";
import { updateImages } from "@/lib/server/images/update-images";
import { wholeRequestError } from "@/lib/server/images/apply-image-updates";
import { imageListEndpoint } from "@/lib/server/images/endpoints";
import { refusePrivateImageUris } from "@/lib/server/images/uri-policy";
import { apiRoute } from "@/lib/server/api/api-route";

// GET /api/images - one page of the library, filtered and sorted
const get = readRoute(imageListEndpoint);

// POST /api/images - add up to 50 images (201, or 207 naming the rows that failed)
const post = withApi(
  { route: "POST /api/images", action: "add", body: addImagesBodySchema },
  async ({ req, user, body }) => {
    await refusePrivateImageUris(body.images);
    return idempotent(req, user, body, async () => {
      const outcome = await addImages(user, body.images, body.library);
      if (outcome.failed.length === 0) return { status: 201, body: { images: outcome.created } };
      if (outcome.created.length === 0 && outcome.firstError) throw outcome.firstError;
      return { status: 207, body: { images: outcome.created, failed: outcome.failed } };
    });
  },
);

// PATCH /api/images - change up to 200 titles and descriptions (200, or 207 naming the rows that
// failed: a stale `expected` is a 409 conflict with `current` for that row); `restore_of` puts
// back the text from before a recorded change. Recorded write-ahead.
const patch = withApi(
  { route: "PATCH /api/images", action: "edit", body: updateImagesBodySchema },
  async ({ body, user }) => {
    const outcome = await updateImages(user, body.images);
    if (outcome.failed.length === 0) return json({ images: outcome.saved });
    const whole = wholeRequestError(outcome, body.images.length);
    if (whole) throw whole;
    return json({ images: outcome.saved, failed: outcome.failed }, 207);
  },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: get,
  POST: post,
  PATCH: patch,
});
