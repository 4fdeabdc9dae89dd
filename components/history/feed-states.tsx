"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/ui/load-error";

interface InfiniteFeed {
  isError: boolean;
  isPending: boolean;
  isFetching: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

/** The error, loading and empty states every paged feed (history, archive) shows alike. */
export function feedState(
  feed: InfiniteFeed,
  itemCount: number | undefined,
  texts: { loading: string; empty: string },
): ReactNode | null {
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
        {texts.loading}
      </p>
    );
  if (itemCount === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{texts.empty}</p>;
  return null;
}

/** "Load more" under a paged feed, while older pages remain. */
export function LoadMore(props: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}) {
  if (!props.hasNextPage) return null;
  return (
    <Button onClick={() => void props.fetchNextPage()} disabled={props.isFetchingNextPage}>
      {props.isFetchingNextPage ? "Loading…" : "Load more"}
    </Button>
  );
}
