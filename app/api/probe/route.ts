import { probeRequestSchema } from "@/lib/schemas/add-images";
import { json, withApi } from "@/lib/server/api/handler";
import { fetchPolicy } from "@/lib/server/fetch/policy";
import { PROBE_MAX_BYTES, probeUrl } from "@/lib/server/probe/probe-url";
import { apiRoute } from "@/lib/server/api/api-route";

// POST /api/probe - type, size and pixel dimensions of an image URL (reads only its first bytes)
const post = withApi(
  { route: "POST /api/probe", action: "add", body: probeRequestSchema, readsUserUrl: true },
  async ({ req, body }) =>
    json(await probeUrl(body.url, fetchPolicy({ maxBytes: PROBE_MAX_BYTES }), req.signal)),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ POST: post });
