import { duplicateCheckBodySchema } from "@/lib/schemas/duplicates";
import { json, withApi } from "@/lib/server/api/handler";
import { serverConfig } from "@/lib/server/config";
import { findDuplicates } from "@/lib/server/snapshot/find-duplicates";
import { otherMethods } from "@/lib/server/api/method-not-allowed";

// POST /api/images/duplicates - which add-images rows may already be in the library (advisory)
export const POST = withApi(
  { route: "POST /api/images/duplicates", action: "add", body: duplicateCheckBodySchema },
  async ({ req, body }) =>
    json({
      matches: await findDuplicates(serverConfig().finerworks.library, body.rows, req.signal),
    }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
