import {
  createSavedViewSchema,
  deleteSavedViewSchema,
  renameSavedViewSchema,
} from "@/lib/schemas/views";
import { json, withApi } from "@/lib/server/api/handler";
import { readRoute } from "@/lib/server/api/endpoint";
import { savedViewsEndpoint } from "@/lib/server/views/endpoints";
import { createSavedView, deleteSavedView, renameSavedView } from "@/lib/server/views/saved-views";
import { apiRoute } from "@/lib/server/api/api-route";

// GET /api/saved-views - the signed-in user's saved views, by name
const get = readRoute(savedViewsEndpoint);

// POST /api/saved-views - save the current search, filters and sort under a name (409 if taken)
const post = withApi(
  { route: "POST /api/saved-views", action: "browse", body: createSavedViewSchema },
  async ({ user, body }) => json(await createSavedView(user.email, body.name, body.search), 201),
);

// PATCH /api/saved-views - rename one of the user's views
const patch = withApi(
  { route: "PATCH /api/saved-views", action: "browse", body: renameSavedViewSchema },
  async ({ user, body }) => json(await renameSavedView(user.email, body.id, body.name)),
);

// DELETE /api/saved-views - delete one of the user's views
const del = withApi(
  { route: "DELETE /api/saved-views", action: "browse", body: deleteSavedViewSchema },
  async ({ user, body }) => {
    await deleteSavedView(user.email, body.id);
    return json({ id: body.id });
  },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: get,
  POST: post,
  PATCH: patch,
  DELETE: del,
});
