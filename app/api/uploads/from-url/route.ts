import { fromUrlRequestSchema } from "@/lib/schemas/add-images";
import { json, withApi } from "@/lib/server/api/handler";
import { generateFromUrl } from "@/lib/server/media/service";
import { otherMethods } from "@/lib/server/api/method-not-allowed";

// POST /api/uploads/from-url - a preview and thumbnail, in the media store, for an image that
// stays at its own URL (fetched through the SSRF guard; only the new URLs come back)
export const POST = withApi(
  {
    route: "POST /api/uploads/from-url",
    action: "add",
    body: fromUrlRequestSchema,
    readsUserUrl: true,
  },
  async ({ req, user, body }) =>
    json(await generateFromUrl(body.url, { signal: req.signal, owner: user.email }), 201),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
