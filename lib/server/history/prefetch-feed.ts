import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { activityFeedOptions } from "@/lib/queries/history";
import type { FeedFilters } from "@/lib/queries/history-keys";
import { activityQuerySchema } from "@/lib/schemas/activity";
import { activityPage } from "./list-activity";

/**
 * Puts the feed's first page in the request's query client under the very key the browser's
 * ActivityFeed reads, so the entries are in the first paint; "Load more" pages in the browser.
 * A store that is down is not cached: the browser asks again and shows the error state.
 */
export async function prefetchActivityFeed(
  queryClient: QueryClient,
  filters: FeedFilters,
): Promise<void> {
  const parsed = activityQuerySchema.safeParse(filters);
  if (!parsed.success) return;
  await queryClient.prefetchInfiniteQuery({
    ...activityFeedOptions(filters),
    queryFn: () => activityPage(parsed.data),
    retry: false,
  });
}
