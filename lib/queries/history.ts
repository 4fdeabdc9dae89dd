// The history feed and the removed-products archive as the browser reads them: infinite-query
// options for "Load more" from their resource definitions, and a whole batch's entries.
import type { ActivityEntry } from "@/lib/schemas/activity";
import { activityResource, removedProductsResource } from "@/lib/resources/history";
import type { FeedFilters } from "@/lib/resources/history-keys";
import { fetchResource, pagedResourceOptions } from "./resource-options";

export function activityFeedOptions(filters: FeedFilters) {
  return pagedResourceOptions(activityResource, filters);
}

export function removedProductsOptions(filters: FeedFilters) {
  return pagedResourceOptions(removedProductsResource, filters);
}

/** Every entry of one batch (the changes one request made), oldest pages read last. */
export async function fetchBatchEntries(batch: string): Promise<ActivityEntry[]> {
  const entries: ActivityEntry[] = [];
  let cursor = "";
  do {
    const filters = { batch, limit: "100", ...(cursor ? { cursor } : {}) };
    const page = await fetchResource(activityResource, filters);
    entries.push(...page.entries);
    cursor = page.next_cursor ?? "";
  } while (cursor);
  return entries;
}
