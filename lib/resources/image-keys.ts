// The image library's query keys, apart from its fetchers and schemas (saves invalidate them
// without loading the list's code).
import { imageQuery, type ImageQuery } from "@/lib/schemas/image-query";

export const imageKeys = {
  all: ["images"] as const,
  lists: () => [...imageKeys.all, "list"] as const,
  /** Keyed by the canonical query string, so equal queries share a cache entry however they were written. */
  list: (query: ImageQuery) => [...imageKeys.lists(), imageQuery.key(query)] as const,
};
