// GET /api/views (the built-in views' counts) and GET /api/saved-views (the user's own views).
import { savedViewListSchema, viewCountsSchema } from "@/lib/schemas/views";
import { defineResource } from "./resource";
import { viewKeys } from "./view-keys";

export const viewCountsResource = defineResource({
  path: "/api/views",
  action: "browse",
  url: () => "/api/views",
  response: viewCountsSchema,
  key: () => viewKeys.counts,
});

export const savedViewsResource = defineResource({
  path: "/api/saved-views",
  action: "browse",
  url: () => "/api/saved-views",
  response: savedViewListSchema,
  key: () => viewKeys.saved,
});
