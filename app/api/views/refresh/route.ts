import { json, withApi } from "@/lib/server/api/handler";
import { startProductScan } from "@/lib/server/snapshot/scans";
import { apiRoute } from "@/lib/server/api/api-route";

// POST /api/views/refresh - staff and admins start a scan of the library for the triage views
// (the same scan as the admin product review; one already running is answered as it is)
const post = withApi({ route: "POST /api/views/refresh", action: "edit" }, async ({ user }) => {
  const { scan } = await startProductScan(user.email);
  return json(scan, 202);
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ POST: post });
