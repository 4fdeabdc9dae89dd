// GET /api/images: one page of the library for a query (also one image, by guid).
import { imageListResponseSchema } from "@/lib/schemas/image-list";
import {
  imageQuerySchema,
  imageQueryToSearchParams,
  searchParamsToRecord,
} from "@/lib/schemas/image-query";
import { imageKeys } from "./image-keys";
import { defineResource, withSearch } from "./resource";

export const imageListResource = defineResource({
  path: "/api/images",
  action: "browse",
  query: imageQuerySchema,
  readQuery: searchParamsToRecord,
  // Exactly the canonical query string: equal queries are one cache entry and one URL.
  url: (query) => withSearch("/api/images", imageQueryToSearchParams(query)),
  response: imageListResponseSchema,
  key: imageKeys.list,
});
