"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { imageListOptions, totalPages } from "@/lib/queries/images";
import { ApiRequestError } from "@/lib/schemas/api-error";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { cn } from "@/components/ui/cn";
import { LoadError } from "@/components/ui/load-error";
import { BulkSelectActions } from "@/components/bulk/bulk-select-actions";
import { SelectionBar } from "@/components/bulk/selection-bar";
import { SelectionScope } from "@/components/bulk/selection-scope";
import { CanEditProvider } from "@/components/ui/can-edit";
import { ImageGrid } from "./image-grid";
import { ImageGridSkeleton, ImageTableSkeleton } from "./image-grid-skeleton";
import { ImageToolbar } from "./image-toolbar";
import {
  EmptyLibrary,
  NoProductsOnPage,
  NoResults,
  PastTheEnd,
  RefreshingIndicator,
} from "./library-states";
import { LightboxProvider } from "./lightbox/lightbox-provider";
import { Pagination } from "./pagination";
import { ResultsSummary } from "./results-summary";
import {
  activeFilterCount,
  clearedFilters,
  defaultDirFor,
  detailHref,
  gridHref,
  gridSearch,
  hasActiveFilters,
} from "./url-state";
import { useImageQueryState } from "./use-image-query-state";
import { FilterChips } from "@/components/views/filter-chips";

// The list view is for some users only: its code loads when it is shown (server-rendered
// as usual when the URL asks for it), keeping the grid's first load small.
const ImageTable = lazy(() => import("./image-table").then((m) => ({ default: m.ImageTable })));
const SpreadsheetEditor = lazy(() =>
  import("@/components/bulk/spreadsheet/spreadsheet-editor").then((m) => ({
    default: m.SpreadsheetEditor,
  })),
);

const noSubscribe = () => () => undefined;

/** False during the server render and hydration, true once React handles events. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

/** The image library: toolbar, the grid or list, and paging, all driven by the URL. */
export function ImageLibrary({ canEdit }: { canEdit: boolean }) {
  const { query, view, dateRange, update, setQuery, setView } = useImageQueryState();
  const queryClient = useQueryClient();
  const { data, error, isPending, isError, isFetching, isPlaceholderData, refetch } = useQuery(
    imageListOptions(query),
  );
  const resultsRef = useRef<HTMLElement>(null);
  const hydrated = useHydrated();
  const [spreadsheet, setSpreadsheet] = useState(false);

  const pages = data ? totalPages(data.count, query.per_page) : 1;
  const library = query.library ?? "inventory";
  const filtered = hasActiveFilters(query);
  const activeFilters = activeFilterCount(query, dateRange);

  // Smooth paging: have the next page in the cache before it is asked for.
  useEffect(() => {
    if (!data || isPlaceholderData || query.page >= pages) return;
    void queryClient.prefetchQuery(imageListOptions({ ...query, page: query.page + 1 }));
  }, [data, isPlaceholderData, pages, query, queryClient]);

  const clearFilters = useCallback(() => setQuery(clearedFilters(query)), [query, setQuery]);
  const goToPage = useCallback(
    (page: number) => {
      update({ page });
      const top = resultsRef.current?.getBoundingClientRect().top;
      if (top !== undefined && top < 0) resultsRef.current?.scrollIntoView({ block: "start" });
    },
    [update],
  );
  const sortBy = useCallback(
    (sort: ImageQuery["sort"]) =>
      update(
        sort === query.sort
          ? { dir: query.dir === "asc" ? "desc" : "asc" }
          : { sort, dir: defaultDirFor(sort) },
      ),
    [query.dir, query.sort, update],
  );
  const hrefFor = useCallback((guid: string) => detailHref(guid, query, view), [query, view]);

  const images = data?.images ?? [];
  // Whether this library has a snapshot (file names in the search, the "Products" sort).
  const snapshotAsOf = data?.snapshot_as_of;
  const noResults = data !== undefined && data.count === 0 && filtered;
  const emptyLibrary = data !== undefined && data.count === 0 && !filtered;
  // With "Has products" a page inside the list may keep none of its images.
  const pageWithoutProducts =
    data !== undefined && images.length === 0 && query.has_products === true && query.page <= pages;
  const pastTheEnd =
    data !== undefined && data.count > 0 && images.length === 0 && !pageWithoutProducts;
  const refreshing = isPlaceholderData || (isFetching && !isPending);

  // A link sorted by "Products" into a library without a snapshot: asking again cannot help.
  const sortNeedsScan =
    query.sort === "products" && error instanceof ApiRequestError && error.status === 409;
  const loadError = (
    <LoadError
      error={error}
      onRetry={() => void refetch()}
      retrying={isFetching}
      instead={
        sortNeedsScan
          ? {
              label: "Sort by date added",
              onClick: () => update({ sort: "date_added", dir: defaultDirFor("date_added") }),
            }
          : undefined
      }
    />
  );

  let content: ReactNode;
  if (isError && !data) {
    content = loadError;
  } else if (isPending) {
    content =
      view === "list" ? (
        <ImageTableSkeleton rows={Math.min(query.per_page, 12)} />
      ) : (
        <ImageGridSkeleton count={Math.min(query.per_page, 12)} />
      );
  } else if (noResults) {
    content = <NoResults onClearFilters={clearFilters} />;
  } else if (emptyLibrary) {
    content = <EmptyLibrary library={library} />;
  } else if (pageWithoutProducts) {
    content = <NoProductsOnPage />;
  } else if (pastTheEnd) {
    content = <PastTheEnd lastPage={pages} onGo={goToPage} />;
  } else if (view === "list" && spreadsheet && canEdit) {
    content = (
      <Suspense fallback={<ImageTableSkeleton rows={Math.min(images.length, 12)} />}>
        <SpreadsheetEditor
          pageImages={images}
          library={library}
          onClose={() => setSpreadsheet(false)}
        />
      </Suspense>
    );
  } else if (view === "list") {
    content = (
      <Suspense fallback={<ImageTableSkeleton rows={Math.min(images.length, 12)} />}>
        <ImageTable
          images={images}
          library={library}
          query={query}
          onSort={sortBy}
          hrefFor={hrefFor}
          productsSortable={typeof snapshotAsOf === "number"}
        />
      </Suspense>
    );
  } else {
    content = (
      <LightboxProvider images={images}>
        <ImageGrid images={images} library={library} hrefFor={hrefFor} />
      </LightboxProvider>
    );
  }

  return (
    <CanEditProvider canEdit={canEdit}>
      <div className="space-y-4">
        <ImageToolbar
          query={query}
          view={view}
          dateRange={dateRange}
          activeFilters={activeFilters}
          showClearFilters={activeFilters > 0 && !noResults}
          onChange={update}
          onClearFilters={clearFilters}
          onViewChange={setView}
          snapshotAsOf={snapshotAsOf}
        />
        <FilterChips query={query} toolbarClears={filtered} onClear={clearFilters} />
        <section
          ref={resultsRef}
          aria-labelledby="results-summary"
          aria-busy={isPending || refreshing}
          // Which query the data on screen answers, once interactive (absent while loading or
          // hydrating): lets tests wait for a view to settle.
          data-loaded={
            !hydrated || isPending || isPlaceholderData
              ? undefined
              : gridSearch(query, "grid").slice(1)
          }
          className="scroll-mt-4 space-y-3"
        >
          <div className="flex min-h-6 flex-wrap items-center justify-between gap-2">
            <p id="results-summary" className="text-sm text-slate-600 dark:text-slate-400">
              {data && data.count > 0 && (images.length > 0 || pageWithoutProducts) ? (
                <ResultsSummary
                  page={query.page}
                  perPage={query.per_page}
                  count={data.count}
                  shown={images.length}
                  hasProducts={query.has_products === true}
                  fileNameMatches={data.file_name_matches}
                />
              ) : isPending ? (
                "Loading images…"
              ) : (
                <span className="sr-only">Images</span>
              )}
            </p>
            <RefreshingIndicator active={refreshing} />
          </div>
          {canEdit && data && images.length > 0 ? (
            <BulkSelectActions
              images={images}
              query={query}
              count={data.count}
              onSpreadsheet={
                view === "list" && !spreadsheet ? () => setSpreadsheet(true) : undefined
              }
            />
          ) : null}
          {isError && data ? loadError : null}
          <div className={cn("transition-opacity", isPlaceholderData && "opacity-60")}>
            <SelectionScope images={images}>{content}</SelectionScope>
          </div>
          {canEdit ? <SelectionBar library={library} /> : null}
        </section>
        {data && data.count > 0 && !isError ? (
          <Pagination
            page={query.page}
            totalPages={pages}
            count={data.count}
            hrefFor={(p) => gridHref({ ...query, page: p }, view)}
            onPage={goToPage}
          />
        ) : null}
      </div>
    </CanEditProvider>
  );
}
