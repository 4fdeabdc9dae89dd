import { json, withApi } from "@/lib/server/api/handler";
import { checkHealth } from "@/lib/server/health/check-health";
import { apiRoute } from "@/lib/server/api/api-route";

// GET /api/health - which FinerWorks the app talks to, and whether the keys work
const get = withApi({ route: "GET /api/health", action: "browse" }, async () =>
  json(await checkHealth()),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: get });
