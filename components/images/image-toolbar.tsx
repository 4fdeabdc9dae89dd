"use client";

import { Suspense, useId, useRef, useState } from "react";
import { lazyWithPreload } from "@/components/ui/lazy-with-preload";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { FilterControls } from "./filter-controls";
import { FiltersButton } from "./filters-button";
import { SearchBox } from "@/components/ui/search-box";
import { sortChange, type UrlDateRange, type ViewMode } from "./url-state";
import { ViewToggle } from "./view-toggle";
import { ViewsControls } from "@/components/views/views-controls";

// The phone's filter sheet loads when its button is first touched or focused (at the latest on
// its press), keeping it out of the grid's first load.
const { Component: FilterSheet, preload: preloadFilterSheet } = lazyWithPreload(() =>
  import("./filter-sheet").then((m) => m.FilterSheet),
);

interface ImageToolbarProps {
  query: ImageQuery;
  view: ViewMode;
  dateRange: UrlDateRange;
  /** How many filters narrow the list (the phone's Filters button shows it). */
  activeFilters: number;
  showClearFilters: boolean;
  onChange: (patch: Partial<ImageQuery>, options?: { replace?: boolean }) => void;
  onClearFilters: () => void;
  onViewChange: (view: ViewMode) => void;
  /** When this library's snapshot was taken (file names, product counts); null without one. */
  snapshotAsOf: number | null | undefined;
}

export function ImageToolbar({
  query,
  view,
  dateRange,
  activeFilters,
  showClearFilters,
  onChange,
  onClearFilters,
  onViewChange,
  snapshotAsOf,
}: ImageToolbarProps) {
  const [sheetOpen, setSheetOpen] = useState(false);
  // Once the user picks a direction, a new sort field keeps it.
  const dirChosen = useRef(false);
  const controls = {
    query,
    dateRange,
    showClearFilters,
    onChange: (patch: Partial<ImageQuery>) => onChange(patch),
    onSortChange: (sort: ImageQuery["sort"]) =>
      onChange(sortChange(query, sort, dirChosen.current)),
    onDirChange: (dir: ImageQuery["dir"]) => {
      dirChosen.current = true;
      onChange({ dir });
    },
    onClearFilters,
    snapshotAsOf,
  };
  // Without a snapshot FinerWorks' search is all there is: titles and descriptions (the hint
  // says so once it is known; while the list has not answered, the placeholder claims no more).
  const fileNames = typeof snapshotAsOf === "number";
  const hintId = useId();
  const hint = snapshotAsOf === null && Boolean(query.q);

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-4 dark:border-slate-800 dark:bg-slate-900">
      {/* On a phone the search has a line of its own, Filters and the layout switch below it. */}
      <div className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
        <SearchBox
          value={query.q ?? ""}
          onSearch={(q) => onChange({ q: q || undefined }, { replace: true })}
          placeholder={
            fileNames ? "Search titles, descriptions, file names" : "Search titles and descriptions"
          }
          describedBy={hint ? hintId : undefined}
        />
        <ViewsControls query={query} onApply={onChange} />
        <FiltersButton
          active={activeFilters}
          onClick={() => setSheetOpen(true)}
          onIntent={preloadFilterSheet}
        />
        <ViewToggle view={view} onChange={onViewChange} />
      </div>
      {hint ? (
        <p id={hintId} className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Searching titles and descriptions: file names are searched too once the library snapshot
          exists (a library scan makes it).
        </p>
      ) : null}
      {/* One set of controls at a time: inline from the small-tablet width, in the sheet on a phone. */}
      {sheetOpen ? (
        <Suspense fallback={null}>
          <FilterSheet {...controls} onClose={() => setSheetOpen(false)} />
        </Suspense>
      ) : (
        <div className="mt-3 hidden sm:block">
          <FilterControls {...controls} />
        </div>
      )}
    </div>
  );
}
