import "server-only";
// The views' read endpoints: GET /api/views and GET /api/saved-views.
import { savedViewsResource, viewCountsResource } from "@/lib/resources/views";
import { endpoint } from "@/lib/server/api/endpoint";
import { getViewCounts } from "./get-view-counts";
import { listSavedViews } from "./saved-views";

export const viewCountsEndpoint = endpoint(viewCountsResource, (_query, { user, signal }) =>
  getViewCounts(user, signal),
);

export const savedViewsEndpoint = endpoint(savedViewsResource, async (_query, { user }) => ({
  views: await listSavedViews(user.email),
}));
