import { fromUrlRequestSchema } from "@/lib/schemas/add-images";
import { json, withApi } from "@/lib/server/api/handler";
import { generateFromUrl } from "@/lib/server/media/service";
import { apiRoute } from "@/lib/server/api/api-route";

// POST /api/uploads/from-url - a preview and thumbnail, in the media store, for an image that
// stays at its own URL (fetched through the SSRF guard; only the new URLs come back)
const post = withApi(
  {
    route: "POST /api/uploads/from-url",
    action: "add",
    body: fromUrlRequestSchema,
    readsUserUrl: true,
  },
  async ({ req, user, body }) =>
    json(await generateFromUrl(body.url, { signal: req.signal, owner: user.email }), 201),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ POST: post });
