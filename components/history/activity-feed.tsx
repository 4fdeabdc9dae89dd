"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { activityFeedOptions } from "@/lib/queries/history";
import type { FeedFilters } from "@/lib/resources/history-keys";
import type { ActivityEntry } from "@/lib/schemas/activity";
import { feedState, LoadMore } from "./feed-states";
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
  const entries = feed.data?.pages.flatMap((page) => page.entries);
  const state = feedState(feed, entries?.length, { loading: "Loading the history…", empty });
  if (state || !entries) return state;
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
      <LoadMore {...feed} />
    </div>
  );
}
