// Spreadsheet mode as a pure state machine: a cursor over Title and Description cells, one
// cell edited at a time, the changed cells (against the text each image started from) and an
// undo stack of cell changes. The component only maps keys to these actions.
import type { ImageText } from "@/lib/editing/drafts";

export const SHEET_COLUMNS = ["title", "description"] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export interface SheetRow {
  guid: string;
  /** The text the edits started from (sent as `expected`). */
  base: ImageText;
}

/** Changed cells by guid: only the fields that differ from the row's base. */
export type SheetEdits = Readonly<Record<string, Partial<ImageText>>>;

interface CellChange {
  guid: string;
  column: SheetColumn;
  /** The cell's edited value before this change (undefined: it showed the base text). */
  previous: string | undefined;
}

export interface SheetState {
  row: number;
  col: number;
  /** The value in the open cell editor, when one is open. */
  editing: string | null;
  edits: SheetEdits;
  undo: readonly CellChange[];
}

export type SheetAction =
  | { type: "move"; rows: number; cols: number }
  | { type: "moveTo"; row: number; col: number }
  /** Tab and Shift+Tab: along the row, then on to the next or previous row. */
  | { type: "step"; by: 1 | -1 }
  | { type: "edit"; value?: string }
  | { type: "type"; value: string }
  /** Enter: the edit is kept and the cursor goes down; Tab: it goes right. */
  | { type: "commit"; then: "down" | "right" | "left" | "stay" }
  | { type: "cancel" }
  /** Esc outside an editor: the cell goes back to its base text. */
  | { type: "revert" }
  | { type: "undo" }
  | { type: "discard" }
  /** These rows were saved with these texts: their edits are done. */
  | { type: "saved"; guids: readonly string[] };

export const initialSheet = (edits: SheetEdits = {}): SheetState => ({
  row: 0,
  col: 0,
  editing: null,
  edits,
  undo: [],
});

export function cellValue(row: SheetRow, edits: SheetEdits, column: SheetColumn): string {
  return edits[row.guid]?.[column] ?? row.base[column];
}

export function editedText(row: SheetRow, edits: SheetEdits): ImageText {
  return {
    title: cellValue(row, edits, "title"),
    description: cellValue(row, edits, "description"),
  };
}

export function changeCount(edits: SheetEdits): number {
  return Object.values(edits).reduce((n, e) => n + Object.keys(e).length, 0);
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/** Sets one cell; a value equal to the base removes the edit. */
function setCell(
  edits: SheetEdits,
  row: SheetRow,
  column: SheetColumn,
  value: string | undefined,
): SheetEdits {
  const { [column]: _old, ...rest } = edits[row.guid] ?? {};
  const cell =
    value === undefined || value === row.base[column] ? rest : { ...rest, [column]: value };
  const { [row.guid]: _row, ...others } = edits;
  return Object.keys(cell).length > 0 ? { ...others, [row.guid]: cell } : others;
}

function change(state: SheetState, row: SheetRow, column: SheetColumn, value: string | undefined) {
  const previous = state.edits[row.guid]?.[column];
  const edits = setCell(state.edits, row, column, value);
  if (edits[row.guid]?.[column] === previous) return { ...state, editing: null };
  return {
    ...state,
    editing: null,
    edits,
    undo: [...state.undo, { guid: row.guid, column, previous }],
  };
}

function moveBy(state: SheetState, rows: readonly SheetRow[], dr: number, dc: number): SheetState {
  return {
    ...state,
    row: clamp(state.row + dr, rows.length - 1),
    col: clamp(state.col + dc, SHEET_COLUMNS.length - 1),
  };
}

function step(state: SheetState, rows: readonly SheetRow[], by: 1 | -1): SheetState {
  const width = SHEET_COLUMNS.length;
  const index = clamp(state.row * width + state.col + by, rows.length * width - 1);
  return { ...state, row: Math.floor(index / width), col: index % width };
}

export function sheetReducer(
  state: SheetState,
  action: SheetAction,
  rows: readonly SheetRow[],
): SheetState {
  const row = rows[state.row];
  const column = SHEET_COLUMNS[state.col]!;
  switch (action.type) {
    case "move":
      return state.editing === null ? moveBy(state, rows, action.rows, action.cols) : state;
    case "moveTo":
      return {
        ...state,
        editing: null,
        row: clamp(action.row, rows.length - 1),
        col: clamp(action.col, SHEET_COLUMNS.length - 1),
      };
    case "step":
      return state.editing === null ? step(state, rows, action.by) : state;
    case "edit":
      if (!row) return state;
      return { ...state, editing: action.value ?? cellValue(row, state.edits, column) };
    case "type":
      return state.editing === null ? state : { ...state, editing: action.value };
    case "commit": {
      if (!row || state.editing === null) return state;
      const next = change(state, row, column, state.editing);
      if (action.then === "down") return moveBy(next, rows, 1, 0);
      if (action.then === "right") return step(next, rows, 1);
      if (action.then === "left") return step(next, rows, -1);
      return next;
    }
    case "cancel":
      return { ...state, editing: null };
    case "revert":
      return row && state.editing === null ? change(state, row, column, undefined) : state;
    case "undo": {
      const last = state.undo.at(-1);
      const target = last ? rows.findIndex((r) => r.guid === last.guid) : -1;
      if (!last || target < 0) return state;
      return {
        ...state,
        editing: null,
        row: target,
        col: SHEET_COLUMNS.indexOf(last.column),
        edits: setCell(state.edits, rows[target]!, last.column, last.previous),
        undo: state.undo.slice(0, -1),
      };
    }
    case "discard":
      return { ...state, editing: null, edits: {}, undo: [] };
    case "saved": {
      const done = new Set(action.guids);
      const edits = Object.fromEntries(Object.entries(state.edits).filter(([g]) => !done.has(g)));
      return { ...state, edits, undo: state.undo.filter((c) => !done.has(c.guid)) };
    }
  }
}
