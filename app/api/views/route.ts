import { apiRoute } from "@/lib/server/api/api-route";
import { readRoute } from "@/lib/server/api/endpoint";
import { viewCountsEndpoint } from "@/lib/server/views/endpoints";

// GET /api/views - counts of the built-in views: snapshot views with their "as of" time, and
// Inactive live from FinerWorks
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: readRoute(viewCountsEndpoint),
});
