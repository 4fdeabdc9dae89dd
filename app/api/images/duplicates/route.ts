import { duplicateCheckBodySchema } from "@/lib/schemas/duplicates";
import { json, withApi } from "@/lib/server/api/handler";
import { serverConfig } from "@/lib/server/config";
import { findDuplicates } from "@/lib/server/snapshot/find-duplicates";
import { apiRoute } from "@/lib/server/api/api-route";

// POST /api/images/duplicates - which add-images rows may already be in the library (advisory)
const post = withApi(
  { route: "POST /api/images/duplicates", action: "add", body: duplicateCheckBodySchema },
  async ({ req, body }) =>
    json({
      matches: await findDuplicates(serverConfig().finerworks.library, body.rows, req.signal),
    }),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ POST: post });
