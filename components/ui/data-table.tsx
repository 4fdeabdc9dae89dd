"use client";

import { flexRender, type Header, type Row, type RowData, type Table } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "./icons";
import { cn } from "./cn";

declare module "@tanstack/react-table" {
  // Type parameters must match the library's declaration to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    align?: "left" | "right";
    /** The column's name where its header is not plain text (the column chooser). */
    label?: string;
  }
}

interface DataTableProps<T> {
  /** A TanStack Table instance: columns, sorting and visibility live there. */
  table: Table<T>;
  caption: string;
  /** Every row has this height (px): the virtualiser places rows without measuring them. */
  rowHeight: number;
  /** All matching rows, including those not loaded yet (aria-rowcount). */
  totalRows: number;
  /** The row shown as selected (its details are open elsewhere). */
  selectedRowId?: string | null;
  /** Click, Enter or Space on a row. */
  onActivate?: (row: Row<T>) => void;
  /** Called when the rows shown come near the end of those loaded. */
  onNearEnd?: () => void;
  className?: string;
}

const NEAR_END_ROWS = 40;
const INITIAL_HEIGHT = 800;

function SortHeader<T>({ header }: { header: Header<T, unknown> }) {
  const column = header.column;
  const label = flexRender(column.columnDef.header, header.getContext());
  const align = column.columnDef.meta?.align === "right" ? "text-right" : "text-left";
  if (!column.getCanSort()) {
    return (
      <th
        scope="col"
        style={{ width: header.getSize() }}
        className={cn("px-3 py-2.5 font-semibold text-slate-600 dark:text-slate-300", align)}
      >
        {label}
      </th>
    );
  }
  const sorted = column.getIsSorted();
  const Icon = !sorted ? ArrowUpDownIcon : sorted === "asc" ? ArrowUpIcon : ArrowDownIcon;
  return (
    <th
      scope="col"
      style={{ width: header.getSize() }}
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
      className={cn("px-3 py-2.5", align)}
    >
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        className={cn(
          "-mx-1.5 inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 font-semibold hover:bg-slate-200/70 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-700/60",
          sorted ? "text-slate-900 dark:text-white" : "text-slate-600 dark:text-slate-300",
        )}
      >
        {label}
        <Icon className={cn("size-3.5", !sorted && "opacity-50")} />
      </button>
    </th>
  );
}

interface DataRowProps<T> {
  row: Row<T>;
  index: number;
  height: number;
  selected: boolean;
  tabbable: boolean;
  /** The visible columns' ids: a row re-renders when they change, not on every scroll. */
  columnsKey: string;
  onRowClick: (index: number, row: Row<T>, target: HTMLElement) => void;
  onRowFocus: (index: number) => void;
}

function DataRowInner<T>({
  row,
  index,
  height,
  selected,
  tabbable,
  onRowClick,
  onRowFocus,
}: DataRowProps<T>) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      aria-current={selected ? "true" : undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={(event) => onRowClick(index, row, event.target as HTMLElement)}
      onFocus={() => onRowFocus(index)}
      style={{ height }}
      className={cn(
        "cursor-pointer border-b border-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-500 dark:border-slate-800",
        selected
          ? "bg-brand-50 dark:bg-brand-700/25"
          : "hover:bg-slate-50 dark:hover:bg-slate-800/50",
      )}
    >
      {row.getVisibleCells().map((cell) => (
        <td
          key={cell.id}
          className={cn(
            "truncate px-3",
            cell.column.columnDef.meta?.align === "right" && "text-right tabular-nums",
          )}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}

// Scrolling re-renders the body at every frame, and more rows loading rebuilds every row
// object: a row in view is drawn again only when its data, place or state changed.
const DataRow = memo(
  DataRowInner,
  (before, after) =>
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.height === after.height &&
    before.selected === after.selected &&
    before.tabbable === after.tabbable &&
    before.columnsKey === after.columnsKey &&
    before.onRowClick === after.onRowClick &&
    before.onRowFocus === after.onRowFocus,
) as typeof DataRowInner;

/**
 * A virtualised data table: a real <table> (column headers, sort state in aria-sort) whose body
 * renders only the rows in view, with spacer rows for the rest. Rows are one tab stop: arrow
 * keys, Home and End move between them, Enter or a click activates one.
 */
export function DataTable<T>({
  table,
  caption,
  rowHeight,
  totalRows,
  selectedRowId,
  onActivate,
  onNearEnd,
  className,
}: DataTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const [focusIndex, setFocusIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Before the box is measured (the server's HTML, hydration) a screenful of rows is drawn, so
    // the first rows paint with the page rather than after the scripts run.
    initialRect: { width: 0, height: INITIAL_HEIGHT },
    // One frame of brisk scrolling (~5 rows) on each side, and no more rows in the DOM than that.
    overscan: 6,
    // React schedules the rows of a scroll instead of rendering them inside the scroll event
    // (flushSync): a fast scroll then never holds the main thread for one long task.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const tabIndexRow = Math.min(focusIndex, Math.max(0, rows.length - 1));

  useEffect(() => {
    if (onNearEnd && rows.length > 0 && lastIndex >= rows.length - NEAR_END_ROWS) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  // Focus a row once the virtualiser has rendered it.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const activate = useRef(onActivate);
  useEffect(() => {
    activate.current = onActivate;
  });
  const onRowClick = useCallback((index: number, row: Row<T>, target: HTMLElement) => {
    setFocusIndex(index);
    // A click on a link in the row follows the link.
    if (target.closest("a, button")) return;
    activate.current?.(row);
  }, []);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setFocusIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: "auto" });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const target = event.target as HTMLElement;
    const rowElement = target.closest<HTMLElement>("tr[data-index]");
    if (!rowElement || target !== rowElement) return;
    const index = Number(rowElement.dataset.index);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if ((event.key === "Enter" || event.key === " ") && rows[index]) {
      event.preventDefault();
      onActivate?.(rows[index]);
    }
  }

  const visibleColumns = table.getVisibleLeafColumns();
  const columnCount = visibleColumns.length;
  const columnsKey = visibleColumns.map((c) => c.id).join(",");
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      ref={scrollRef}
      className={cn(
        "overflow-auto rounded-xl border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900",
        className,
      )}
    >
      <table
        aria-rowcount={totalRows + 1}
        className="border-collapse text-left text-sm"
        style={{
          tableLayout: "fixed",
          width: visibleColumns.reduce((sum, c) => sum + c.getSize(), 0),
        }}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 text-xs dark:border-slate-800 dark:bg-slate-800">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <DataRow
                key={row.id}
                row={row}
                index={item.index}
                height={rowHeight}
                selected={row.id === selectedRowId}
                tabbable={item.index === tabIndexRow}
                columnsKey={columnsKey}
                onRowClick={onRowClick}
                onRowFocus={setFocusIndex}
              />
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
