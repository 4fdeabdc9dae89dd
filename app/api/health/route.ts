import { json, withApi } from "@/lib/server/api/handler";
import { checkHealth } from "@/lib/server/health/check-health";
import { otherMethods } from "@/lib/server/api/method-not-allowed";

// GET /api/health - which FinerWorks the app talks to, and whether the keys work
export const GET = withApi({ route: "GET /api/health", action: "browse" }, async () =>
  json(await checkHealth()),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
