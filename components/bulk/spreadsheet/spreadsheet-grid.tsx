"use client";

import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { SHEET_COLUMNS, type SheetAction, type SheetRow, type SheetState } from "@/lib/bulk/sheet";
import { cn } from "@/components/ui/cn";
import type { CellHandlers } from "./cell-handlers";
import { SHEET_ROW_HEIGHT, SheetRowView } from "./sheet-row";
import { SheetScrollingContext } from "./sheet-thumbnail";

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The grid's keys when no cell is open; null when the key is not the grid's. */
function actionFor(event: KeyboardEvent, state: SheetState, rowCount: number): SheetAction | null {
  const move = MOVES[event.key];
  if (move) return { type: "move", rows: move[0], cols: move[1] };
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === "z") return { type: "undo" };
  if (event.key === "Tab") {
    const last = state.row === rowCount - 1 && state.col === SHEET_COLUMNS.length - 1;
    const first = state.row === 0 && state.col === 0;
    // At either end Tab leaves the grid as usual.
    if (event.shiftKey ? first : last) return null;
    return { type: "step", by: event.shiftKey ? -1 : 1 };
  }
  if (event.key === "Enter" || event.key === "F2") return { type: "edit" };
  if (event.key === "Escape") return { type: "revert" };
  if (event.key === "Home") return { type: "moveTo", row: state.row, col: 0 };
  if (event.key === "End") return { type: "moveTo", row: state.row, col: SHEET_COLUMNS.length - 1 };
  if (event.key.length === 1 && !mod && !event.altKey) return { type: "edit", value: event.key };
  return null;
}

const HEADER_CELL = "px-3 py-2.5 font-semibold text-slate-600 dark:text-slate-300";

/**
 * Title and Description cells of every image; arrows and Tab move, Enter or typing edits. Only
 * the rows in view (and the cursor's, wherever it is, so it keeps the focus) are in the page:
 * moving the cursor renders two rows whatever the sheet's size.
 */
export function SpreadsheetGrid({
  rows,
  images,
  state,
  dispatch,
  caption,
}: {
  rows: readonly SheetRow[];
  images: ReadonlyMap<string, ImageDetails>;
  state: SheetState;
  dispatch: (action: SheetAction) => void;
  caption: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);
  const activeRow = state.row;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeRow) || activeRow >= rows.length
        ? indexes
        : [...indexes, activeRow].sort((a, b) => a - b);
    },
    [activeRow, rows.length],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => SHEET_ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]!.guid,
    rangeExtractor,
  });

  // The cursor's cell takes the focus (when the grid has it), so the keys keep working, and
  // comes into view below the sticky header (the scroller's scroll padding).
  useLayoutEffect(() => {
    if (state.editing !== null || !hadFocus.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(
      `[data-cell="${state.row}:${state.col}"]`,
    );
    cell?.focus({ preventScroll: true });
    cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [state.row, state.col, state.editing]);

  const handlers = useMemo<CellHandlers>(
    () => ({
      onType: (value) => dispatch({ type: "type", value }),
      onCommit: (then) => dispatch({ type: "commit", then }),
      onCancel: () => dispatch({ type: "cancel" }),
      onPick: (row, col) => dispatch({ type: "moveTo", row, col }),
    }),
    [dispatch],
  );

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (state.editing !== null) return;
    const action = actionFor(event, state, rows.length);
    if (!action) return;
    event.preventDefault();
    dispatch(action);
  }

  return (
    <div
      ref={scrollRef}
      className="max-h-[calc(100dvh-9rem)] scroll-pt-11 overflow-auto rounded-xl border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900"
    >
      {/* Rows placed by the virtualiser are not laid out as a table: the roles say what it is. */}
      <table
        role="grid"
        aria-label={caption}
        aria-rowcount={rows.length + 1}
        aria-colcount={3}
        onKeyDown={onKeyDown}
        onFocus={() => (hadFocus.current = true)}
        className="grid w-full min-w-[48rem] border-collapse text-left text-sm"
      >
        <thead
          role="rowgroup"
          className="sticky top-0 z-10 grid border-b border-slate-200 bg-slate-50 text-xs dark:border-slate-800 dark:bg-slate-800"
        >
          <tr role="row" aria-rowindex={1} className="flex">
            <th role="columnheader" scope="col" className={cn(HEADER_CELL, "w-56 shrink-0")}>
              Image
            </th>
            <th role="columnheader" scope="col" className={cn(HEADER_CELL, "w-[32%] shrink-0")}>
              Title
            </th>
            <th role="columnheader" scope="col" className={cn(HEADER_CELL, "min-w-0 flex-1")}>
              Description
            </th>
          </tr>
        </thead>
        <tbody
          role="rowgroup"
          className="relative grid"
          style={{ height: virtualizer.getTotalSize() }}
        >
          <SheetScrollingContext value={virtualizer.isScrolling}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              const image = images.get(row.guid);
              if (!image) return null;
              const here = item.index === state.row;
              return (
                <SheetRowView
                  key={item.key}
                  ref={virtualizer.measureElement}
                  index={item.index}
                  start={item.start}
                  row={row}
                  image={image}
                  edits={state.edits[row.guid]}
                  activeCol={here ? state.col : null}
                  editing={here ? state.editing : null}
                  handlers={handlers}
                />
              );
            })}
          </SheetScrollingContext>
        </tbody>
      </table>
    </div>
  );
}
