"use client";

import {
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
  type VisibilityState,
} from "@tanstack/react-table";
import { useMemo } from "react";
import type { ProductQuery, ProductRow, ProductSortKey } from "@/lib/schemas/products";
import { DataTable } from "@/components/ui/data-table";
import { PRODUCT_COLUMNS } from "./columns";

const ROW_HEIGHT = 52;

/**
 * The products as a virtualised table. Sorting and filtering happen on the server (the table
 * is told the order, not asked to make it), visibility follows the URL.
 */
export function ProductTable({
  rows,
  count,
  query,
  hidden,
  selectedId,
  onSort,
  onSelect,
  onNearEnd,
}: {
  rows: ProductRow[];
  count: number;
  query: ProductQuery;
  hidden: ReadonlySet<string>;
  selectedId: string | null;
  onSort: (sort: ProductSortKey, dir: ProductQuery["dir"]) => void;
  onSelect: (row: ProductRow) => void;
  onNearEnd: () => void;
}) {
  const sorting: SortingState = useMemo(
    () => [{ id: query.sort, desc: query.dir === "desc" }],
    [query.sort, query.dir],
  );
  const columnVisibility: VisibilityState = useMemo(
    () => Object.fromEntries([...hidden].map((id) => [id, false])),
    [hidden],
  );
  const table = useReactTable({
    data: rows,
    columns: PRODUCT_COLUMNS,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) onSort(first.id as ProductSortKey, first.desc ? "desc" : "asc");
    },
  });
  const sortName = PRODUCT_COLUMNS.find((c) => c.id === query.sort)?.header;
  return (
    <DataTable
      table={table}
      caption={`Products, sorted by ${typeof sortName === "string" ? sortName : query.sort} (${query.dir === "asc" ? "ascending" : "descending"})`}
      rowHeight={ROW_HEIGHT}
      totalRows={count}
      selectedRowId={selectedId}
      onActivate={(row) => onSelect(row.original)}
      onNearEnd={onNearEnd}
      className="max-h-[calc(100dvh-8rem)] min-h-64"
    />
  );
}
