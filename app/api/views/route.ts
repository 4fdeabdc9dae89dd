import { json, withApi } from "@/lib/server/api/handler";
import { serverConfig } from "@/lib/server/config";
import { liveInactiveCount, triageSummary } from "@/lib/server/triage/service";
import type { ViewCounts } from "@/lib/schemas/views";

// GET /api/views - counts of the built-in views: snapshot views with their "as of" time, and
// Inactive live from FinerWorks
export const GET = withApi({ route: "GET /api/views", action: "browse" }, async ({ req }) => {
  const library = serverConfig().finerworks.library;
  const [summary, inactive] = await Promise.all([
    triageSummary(library),
    liveInactiveCount(library, req.signal),
  ]);
  const body: ViewCounts = { ...summary, inactive };
  return json(body);
});
