"use client";

import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from "react";
import type { ImageDetails } from "@/lib/finerworks/schemas";
import { SHEET_COLUMNS, type SheetAction, type SheetRow, type SheetState } from "@/lib/bulk/sheet";
import { SheetRowView, type CellHandlers } from "./sheet-row";

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

/** Title and Description cells of every image; arrows and Tab move, Enter or typing edits. */
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
  const tableRef = useRef<HTMLTableElement>(null);
  const hadFocus = useRef(false);

  // The cursor's cell takes the focus (when the grid has it), so the keys keep working. A fixed
  // table layout keeps that move from laying out every row again.
  useLayoutEffect(() => {
    if (state.editing !== null || !hadFocus.current) return;
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-cell="${state.row}:${state.col}"]`,
    );
    cell?.focus();
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
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900">
      <table
        ref={tableRef}
        role="grid"
        aria-label={caption}
        onKeyDown={onKeyDown}
        onFocus={() => (hadFocus.current = true)}
        className="w-full min-w-[48rem] table-fixed border-collapse text-left text-sm"
      >
        <thead className="border-b border-slate-200 bg-slate-50 text-xs dark:border-slate-800 dark:bg-slate-800/50">
          <tr>
            <th
              scope="col"
              className="px-3 py-2.5 font-semibold text-slate-600 dark:text-slate-300"
            >
              Image
            </th>
            <th
              scope="col"
              className="px-3 py-2.5 font-semibold text-slate-600 dark:text-slate-300"
            >
              Title
            </th>
            <th
              scope="col"
              className="px-3 py-2.5 font-semibold text-slate-600 dark:text-slate-300"
            >
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const image = images.get(row.guid);
            if (!image) return null;
            const here = index === state.row;
            return (
              <SheetRowView
                key={row.guid}
                index={index}
                row={row}
                image={image}
                edits={state.edits[row.guid]}
                activeCol={here ? state.col : null}
                editing={here ? state.editing : null}
                handlers={handlers}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
