"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseImageQueryLenient, type ImageQuery } from "@/lib/schemas/image-query";
import {
  applyChange,
  gridSearch,
  parseViewMode,
  urlDateRange,
  type UrlDateRange,
  type ViewMode,
} from "./url-state";

interface ImageQueryState {
  query: ImageQuery;
  view: ViewMode;
  /** The URL's dates as written (a crossed pair is kept, with its error, but not applied). */
  dateRange: UrlDateRange;
  /** Changes the query (back to page 1 unless the page is what changes). */
  update: (patch: Partial<ImageQuery>, options?: { replace?: boolean }) => void;
  setQuery: (next: ImageQuery, options?: { replace?: boolean }) => void;
  setView: (view: ViewMode) => void;
}

/**
 * The grid's state lives in the URL, parsed by the shared schema. Changes go through the
 * History API, which Next.js keeps in sync with useSearchParams, so they cost no server
 * round trip: TanStack Query fetches the data, back/forward replay cached views.
 */
export function useImageQueryState(): ImageQueryState {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const query = useMemo(() => parseImageQueryLenient(searchParams), [searchParams]);
  const view = parseViewMode(searchParams);
  const dateRange = useMemo(() => urlDateRange(searchParams), [searchParams]);

  const navigate = useCallback(
    (
      change: (current: ImageQuery) => ImageQuery,
      nextView: ViewMode | undefined,
      replace: boolean,
    ) => {
      // Start from the address bar, not the last render: two quick changes (sort field, then
      // direction) must both land even before React has caught up with the first.
      const params = new URLSearchParams(window.location.search);
      // A crossed date range stays in the URL (and on the fields) until the user fixes it.
      const { from, to } = urlDateRange(params);
      const current = { ...parseImageQueryLenient(params), from, to };
      const url = `${pathname}${gridSearch(change(current), nextView ?? parseViewMode(params))}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [pathname],
  );

  const update = useCallback(
    (patch: Partial<ImageQuery>, options?: { replace?: boolean }) =>
      navigate((current) => applyChange(current, patch), undefined, options?.replace ?? false),
    [navigate],
  );
  const setQuery = useCallback(
    (next: ImageQuery, options?: { replace?: boolean }) =>
      navigate(() => next, undefined, options?.replace ?? false),
    [navigate],
  );
  const setView = useCallback(
    (nextView: ViewMode) => navigate((current) => current, nextView, false),
    [navigate],
  );

  return { query, view, dateRange, update, setQuery, setView };
}
