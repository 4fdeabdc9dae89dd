"use client";

import { memo } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { cellValue, SHEET_COLUMNS, type SheetColumn, type SheetRow } from "@/lib/bulk/sheet";
import type { ImageText } from "@/lib/editing/drafts";
import { cn } from "@/components/ui/cn";
import { imageDisplayTitle } from "@/components/ui/format";
import type { CellHandlers } from "./cell-handlers";
import { CellEditor } from "./cell-editor";
import { SheetThumbnail } from "./sheet-thumbnail";

const LABELS: Record<SheetColumn, string> = { title: "Title", description: "Description" };

/**
 * Every row but the open one is this tall (the thumbnail, its padding and the border; texts are
 * clamped to two lines, the editor shows all), so the virtualiser's estimate is exact and a
 * row scrolled into view needs no second layout.
 */
export const SHEET_ROW_HEIGHT = 65;

/**
 * One image as a spreadsheet row, placed at `start` in the virtualised body. Memoised on its
 * own props, so moving the cursor renders the two rows it leaves and enters, not the others.
 */
export const SheetRowView = memo(function SheetRowView({
  ref,
  index,
  start,
  row,
  image,
  edits,
  activeCol,
  editing,
  handlers,
}: {
  ref: (element: HTMLTableRowElement | null) => void;
  index: number;
  /** Where the row sits in the body, in pixels (the virtualiser measures it through `ref`). */
  start: number;
  row: SheetRow;
  image: ImageDetails;
  edits: Partial<ImageText> | undefined;
  /** The cursor's column when it is on this row, else null. */
  activeCol: number | null;
  /** The open editor's value when it is on this row. */
  editing: string | null;
  handlers: CellHandlers;
}) {
  const cellEdits = edits ? { [row.guid]: edits } : {};
  return (
    <tr
      ref={ref}
      role="row"
      data-index={index}
      // The header is row 1.
      aria-rowindex={index + 2}
      className="absolute inset-x-0 top-0 flex border-b border-slate-100 bg-white dark:border-slate-800 dark:bg-slate-900"
      style={{ transform: `translateY(${start}px)` }}
    >
      <th role="rowheader" scope="row" className="w-56 shrink-0 px-3 py-2 text-left font-normal">
        <div className="flex items-center gap-2">
          <SheetThumbnail image={image} />
          <span className="min-w-0 truncate font-mono text-xs text-slate-600 dark:text-slate-400">
            {image.file_name ?? imageDisplayTitle(image)}
          </span>
        </div>
      </th>
      {SHEET_COLUMNS.map((column, col) => {
        const active = activeCol === col;
        const changed = edits?.[column] !== undefined;
        const value = cellValue(row, cellEdits, column);
        return (
          <td
            key={column}
            role="gridcell"
            data-cell={`${index}:${col}`}
            tabIndex={active && editing === null ? 0 : -1}
            aria-selected={active}
            aria-label={changed ? `${LABELS[column]} (changed)` : undefined}
            onMouseDown={() => handlers.onPick(index, col)}
            className={cn(
              "px-3 py-2 break-words whitespace-pre-line outline-none",
              column === "title" ? "w-[32%] shrink-0" : "min-w-0 flex-1 text-xs leading-5",
              changed && "bg-amber-50 dark:bg-amber-400/15",
              active && "ring-2 ring-brand-500 ring-inset",
            )}
          >
            {active && editing !== null ? (
              <CellEditor
                label={LABELS[column]}
                multiline={column === "description"}
                value={editing}
                handlers={handlers}
              />
            ) : value ? (
              <span className="line-clamp-2">{value}</span>
            ) : (
              <span className="text-slate-400 italic">empty</span>
            )}
          </td>
        );
      })}
    </tr>
  );
});
