"use client";

import { PAGE_SIZES, SORT_KEYS, type ImageQuery } from "@/lib/schemas/image-query";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { XIcon } from "@/components/ui/icons";
import { DateRangeFilter } from "./date-range-filter";
import { SearchBox } from "./search-box";
import type { ViewMode } from "./url-state";
import { ViewToggle } from "./view-toggle";
import { ViewsControls } from "@/components/views/views-controls";

const SORT_LABELS: Record<ImageQuery["sort"], string> = {
  date_added: "Date added",
  title: "Title",
  file_name: "File name",
  file_size: "File size",
  id: "ID",
};
const SORT_OPTIONS = SORT_KEYS.map((key) => ({ value: key, label: SORT_LABELS[key] }));
const DIR_OPTIONS = [
  { value: "asc", label: "Ascending" },
  { value: "desc", label: "Descending" },
];
const STATUS_OPTIONS = [
  { value: "all", label: "All" },
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
];
const LIBRARY_OPTIONS = [
  { value: "inventory", label: "Inventory" },
  { value: "temporary", label: "Temporary" },
];

interface ImageToolbarProps {
  query: ImageQuery;
  view: ViewMode;
  showClearFilters: boolean;
  onChange: (patch: Partial<ImageQuery>, options?: { replace?: boolean }) => void;
  onClearFilters: () => void;
  onViewChange: (view: ViewMode) => void;
}

export function ImageToolbar({
  query,
  view,
  showClearFilters,
  onChange,
  onClearFilters,
  onViewChange,
}: ImageToolbarProps) {
  const perPageOptions = (PAGE_SIZES as readonly number[]).includes(query.per_page)
    ? PAGE_SIZES
    : [...PAGE_SIZES, query.per_page].sort((a, b) => a - b);
  const status = query.active === undefined ? "all" : query.active ? "active" : "inactive";

  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center gap-2">
        <SearchBox
          value={query.q ?? ""}
          onSearch={(q) => onChange({ q: q || undefined }, { replace: true })}
        />
        <ViewsControls query={query} onApply={onChange} />
        <ViewToggle view={view} onChange={onViewChange} />
      </div>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2.5 sm:grid-cols-3 lg:grid-cols-[repeat(4,minmax(0,1fr))_repeat(3,minmax(0,0.8fr))_auto] lg:items-end">
        <Field label="Sort by" htmlFor="filter-sort">
          <Select
            id="filter-sort"
            value={query.sort}
            options={SORT_OPTIONS}
            onChange={(e) => onChange({ sort: e.target.value as ImageQuery["sort"] })}
          />
        </Field>
        <Field label="Sort direction" htmlFor="filter-dir">
          <Select
            id="filter-dir"
            value={query.dir}
            options={DIR_OPTIONS}
            onChange={(e) => onChange({ dir: e.target.value as ImageQuery["dir"] })}
          />
        </Field>
        <Field label="Status" htmlFor="filter-status">
          <Select
            id="filter-status"
            value={status}
            options={STATUS_OPTIONS}
            onChange={(e) =>
              onChange({
                active: e.target.value === "all" ? undefined : e.target.value === "active",
              })
            }
          />
        </Field>
        <Field label="Library" htmlFor="filter-library">
          <Select
            id="filter-library"
            value={query.library ?? "inventory"}
            options={LIBRARY_OPTIONS}
            onChange={(e) => onChange({ library: e.target.value as ImageQuery["library"] })}
          />
        </Field>
        <DateRangeFilter from={query.from} to={query.to} onChange={(patch) => onChange(patch)} />
        <Field label="Per page" htmlFor="filter-per-page">
          <Select
            id="filter-per-page"
            value={String(query.per_page)}
            options={perPageOptions.map((n) => ({ value: String(n), label: String(n) }))}
            onChange={(e) => onChange({ per_page: Number(e.target.value) })}
          />
        </Field>
        <div className="flex items-end">
          {showClearFilters ? (
            <Button variant="ghost" onClick={onClearFilters} className="w-full lg:w-auto">
              <XIcon className="size-4" />
              Clear filters
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
