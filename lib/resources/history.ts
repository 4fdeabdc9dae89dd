// GET /api/activity (the history of changes) and GET /api/removed-products (the archive of
// products edits removed), both newest first and read a page at a time ("Load more").
import {
  activityPageSchema,
  activityQuerySchema,
  removedProductsPageSchema,
  removedProductsQuerySchema,
  type ActivityPage,
  type RemovedProductsPage,
} from "@/lib/schemas/activity";
import { historyKeys, type FeedFilters } from "./history-keys";
import { definePagedResource, withSearch } from "./resource";

/** The API URL for these filters (and a cursor or format), e.g. for "Export CSV". */
export function feedUrl(path: string, filters: FeedFilters, extra: FeedFilters = {}): string {
  return withSearch(path, new URLSearchParams({ ...filters, ...extra }));
}

/** Cursor pages: the first without a cursor, each next one from the last answer's. */
function cursorPages<R extends { next_cursor: string | null }>() {
  return {
    initial: "",
    next: (last: R) => last.next_cursor ?? undefined,
    query: (filters: FeedFilters, cursor: string) => (cursor ? { ...filters, cursor } : filters),
  };
}

export const activityResource = definePagedResource({
  path: "/api/activity",
  action: "browse",
  query: activityQuerySchema,
  url: (filters: FeedFilters) => feedUrl("/api/activity", filters),
  response: activityPageSchema,
  key: historyKeys.activity,
  pages: cursorPages<ActivityPage>(),
});

export const removedProductsResource = definePagedResource({
  path: "/api/removed-products",
  action: "admin",
  query: removedProductsQuerySchema,
  url: (filters: FeedFilters) => feedUrl("/api/removed-products", filters),
  response: removedProductsPageSchema,
  key: historyKeys.removed,
  pages: cursorPages<RemovedProductsPage>(),
});
