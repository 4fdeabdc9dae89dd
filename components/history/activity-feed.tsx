"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { activityFeedOptions, type FeedFilters } from "@/lib/queries/history";
import type { ActivityEntry } from "@/lib/schemas/activity";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/images/library-states";
import { ActivityEntryItem } from "./activity-entry";

/** The change history for these filters, newest first, with "Load more" for older entries. */
export function ActivityFeed({
  filters,
  linkImage = true,
  empty = "No changes match these filters.",
  actions,
}: {
  filters: FeedFilters;
  linkImage?: boolean;
  empty?: string;
  actions?: (entry: ActivityEntry) => ReactNode;
}) {
  const feed = useInfiniteQuery(activityFeedOptions(filters));
  if (feed.isError)
    return (
      <LoadError
        error={feed.error}
        onRetry={() => void feed.refetch()}
        retrying={feed.isFetching}
      />
    );
  if (feed.isPending)
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Loading the history…
      </p>
    );
  const entries = feed.data.pages.flatMap((page) => page.entries);
  if (entries.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <div className="space-y-3">
      <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {entries.map((entry) => (
          <ActivityEntryItem
            key={entry.id}
            entry={entry}
            linkImage={linkImage}
            actions={actions?.(entry)}
          />
        ))}
      </ol>
      {feed.hasNextPage ? (
        <Button onClick={() => void feed.fetchNextPage()} disabled={feed.isFetchingNextPage}>
          {feed.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
