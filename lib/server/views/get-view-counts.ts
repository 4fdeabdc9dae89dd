import "server-only";
// GET /api/views: counts of the built-in views: snapshot views with their "as of" time, and
// Inactive live from FinerWorks.
import { can, type SessionUser } from "@/lib/auth/roles";
import type { ViewCounts } from "@/lib/schemas/views";
import { serverConfig } from "@/lib/server/config";
import { liveInactiveCount, triageSummary } from "@/lib/server/snapshot/snapshot-reads";
import { latestProductScan } from "@/lib/server/snapshot/scans";

export async function getViewCounts(user: SessionUser, signal?: AbortSignal): Promise<ViewCounts> {
  const library = serverConfig().finerworks.library;
  const [summary, inactive, scan] = await Promise.all([
    triageSummary(library),
    liveInactiveCount(library, signal),
    latestProductScan(),
  ]);
  return {
    ...summary,
    inactive,
    scanning: scan?.state === "running",
    can_refresh: can(user.role, "edit"),
  };
}
