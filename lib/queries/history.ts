// The history feed and the removed-products archive as the browser reads them: fetchers
// (answers parsed with the shared zod schemas) and infinite-query options for "Load more".
import { infiniteQueryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import {
  activityPageSchema,
  removedProductsPageSchema,
  type ActivityEntry,
  type ActivityPage,
  type RemovedProductsPage,
} from "@/lib/schemas/activity";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { apiFetch } from "./api-fetch";
import { historyKeys, type FeedFilters } from "./history-keys";

/** The API URL for these filters (and a cursor or format), e.g. for "Export CSV". */
export function feedUrl(path: string, filters: FeedFilters, extra: FeedFilters = {}): string {
  const qs = new URLSearchParams({ ...filters, ...extra }).toString();
  return qs ? `${path}?${qs}` : path;
}

async function fetchPage<T>(url: string, schema: z.ZodType<T>, signal: AbortSignal): Promise<T> {
  const response = await apiFetch(url, { signal, headers: { accept: "application/json" } });
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success)
    throw new ApiRequestError(
      502,
      "internal_error",
      "The server sent an answer this page cannot read.",
    );
  return parsed.data;
}

export function activityFeedOptions(filters: FeedFilters) {
  return infiniteQueryOptions({
    queryKey: historyKeys.activity(filters),
    queryFn: ({ pageParam, signal }) =>
      fetchPage<ActivityPage>(
        feedUrl("/api/activity", filters, pageParam ? { cursor: pageParam } : {}),
        activityPageSchema,
        signal,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function removedProductsOptions(filters: FeedFilters) {
  return infiniteQueryOptions({
    queryKey: historyKeys.removed(filters),
    queryFn: ({ pageParam, signal }) =>
      fetchPage<RemovedProductsPage>(
        feedUrl("/api/removed-products", filters, pageParam ? { cursor: pageParam } : {}),
        removedProductsPageSchema,
        signal,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

/** Every entry of one batch (the changes one request made), oldest pages read last. */
export async function fetchBatchEntries(batch: string): Promise<ActivityEntry[]> {
  const entries: ActivityEntry[] = [];
  const signal = new AbortController().signal;
  let cursor = "";
  do {
    const page = await fetchPage<ActivityPage>(
      feedUrl("/api/activity", { batch, limit: "100" }, cursor ? { cursor } : {}),
      activityPageSchema,
      signal,
    );
    entries.push(...page.entries);
    cursor = page.next_cursor ?? "";
  } while (cursor);
  return entries;
}
