import { apiRoute } from "@/lib/server/api/api-route";
import { readRoute } from "@/lib/server/api/endpoint";
import { activityEndpoint } from "@/lib/server/history/endpoints";

// GET /api/activity - the history of changes, newest first (format=csv: the whole filtered list, admins)
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: readRoute(activityEndpoint),
});
