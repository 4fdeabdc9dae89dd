import { json, withApi } from "@/lib/server/api/handler";
import { checkHealth } from "@/lib/server/health";

// GET /api/health - which FinerWorks the app talks to, and whether the keys work
export const GET = withApi({ route: "GET /api/health", action: "browse" }, async () =>
  json(await checkHealth()),
);
