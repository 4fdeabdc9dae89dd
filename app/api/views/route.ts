import { can } from "@/lib/auth/roles";
import { json, withApi } from "@/lib/server/api/handler";
import { latestProductScan } from "@/lib/server/snapshot/scans";
import { serverConfig } from "@/lib/server/config";
import { liveInactiveCount, triageSummary } from "@/lib/server/snapshot/snapshot-reads";
import type { ViewCounts } from "@/lib/schemas/views";
import { apiRoute } from "@/lib/server/api/api-route";

// GET /api/views - counts of the built-in views: snapshot views with their "as of" time, and
// Inactive live from FinerWorks
const get = withApi({ route: "GET /api/views", action: "browse" }, async ({ req, user }) => {
  const library = serverConfig().finerworks.library;
  const [summary, inactive, scan] = await Promise.all([
    triageSummary(library),
    liveInactiveCount(library, req.signal),
    latestProductScan(),
  ]);
  const body: ViewCounts = {
    ...summary,
    inactive,
    scanning: scan?.state === "running",
    can_refresh: can(user.role, "edit"),
  };
  return json(body);
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: get });
