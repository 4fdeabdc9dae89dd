"use client";

import { PAGE_SIZES, SORT_KEYS, type ImageQuery } from "@/lib/schemas/image-query";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { XIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { DateRangeFilter } from "./date-range-filter";
import { HasProductsFilter } from "./has-products-filter";
import type { UrlDateRange } from "./url-state";

const SORT_LABELS: Record<ImageQuery["sort"], string> = {
  date_added: "Date added",
  title: "Title",
  file_name: "File name",
  file_size: "File size",
  id: "ID",
  products: "Products",
};

/** "Products" sorts by the library snapshot's product counts: without one it says what it needs. */
function sortOptions(snapshotAsOf: number | null | undefined) {
  return SORT_KEYS.map((key) =>
    key === "products" && snapshotAsOf === null
      ? { value: key, label: "Products (needs a library scan)", disabled: true }
      : { value: key, label: SORT_LABELS[key] },
  );
}
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

export interface FilterControlsProps {
  query: ImageQuery;
  dateRange: UrlDateRange;
  showClearFilters: boolean;
  onChange: (patch: Partial<ImageQuery>) => void;
  onSortChange: (sort: ImageQuery["sort"]) => void;
  onDirChange: (dir: ImageQuery["dir"]) => void;
  onClearFilters: () => void;
  /** When this library's snapshot was taken; null without one, undefined while not known. */
  snapshotAsOf: number | null | undefined;
  /** Laid out in one column (the phone's filter sheet) rather than the toolbar's rows. */
  stacked?: boolean;
}

/** Sort, status, library, dates, products and page size: the toolbar's row and the phone's sheet. */
export function FilterControls({
  query,
  dateRange,
  showClearFilters,
  onChange,
  onSortChange,
  onDirChange,
  onClearFilters,
  snapshotAsOf,
  stacked = false,
}: FilterControlsProps) {
  const perPageOptions = (PAGE_SIZES as readonly number[]).includes(query.per_page)
    ? PAGE_SIZES
    : [...PAGE_SIZES, query.per_page].sort((a, b) => a - b);
  const status = query.active === undefined ? "all" : query.active ? "active" : "inactive";

  return (
    <div
      className={cn(
        "grid grid-cols-2 gap-x-3 gap-y-2.5",
        !stacked &&
          "sm:grid-cols-3 lg:grid-cols-[repeat(4,minmax(0,1fr))_repeat(3,minmax(0,0.8fr))_auto] lg:items-end",
      )}
    >
      <Field label="Sort by" htmlFor="filter-sort">
        <Select
          id="filter-sort"
          value={query.sort}
          options={sortOptions(snapshotAsOf)}
          onChange={(e) => onSortChange(e.target.value as ImageQuery["sort"])}
        />
      </Field>
      <Field label="Sort direction" htmlFor="filter-dir">
        <Select
          id="filter-dir"
          value={query.dir}
          options={DIR_OPTIONS}
          onChange={(e) => onDirChange(e.target.value as ImageQuery["dir"])}
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
      <DateRangeFilter
        from={dateRange.from}
        to={dateRange.to}
        error={dateRange.error}
        onChange={(patch) => onChange(patch)}
      />
      <Field label="Per page" htmlFor="filter-per-page">
        <Select
          id="filter-per-page"
          value={String(query.per_page)}
          options={perPageOptions.map((n) => ({ value: String(n), label: String(n) }))}
          onChange={(e) => onChange({ per_page: Number(e.target.value) })}
        />
      </Field>
      <div className={cn("flex items-end", stacked && "col-span-full")}>
        {showClearFilters ? (
          <Button variant="ghost" onClick={onClearFilters} className="w-full lg:w-auto">
            <XIcon className="size-4" />
            Clear filters
          </Button>
        ) : null}
      </div>
      <HasProductsFilter
        checked={query.has_products === true}
        onChange={(on) => onChange({ has_products: on ? true : undefined })}
      />
    </div>
  );
}
