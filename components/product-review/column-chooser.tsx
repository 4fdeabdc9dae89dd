"use client";

import { PRODUCT_COLUMNS, columnLabel } from "./columns";
import { buttonClasses } from "@/components/ui/button";

/** Which columns the table shows: a checkbox per column, behind a "Columns" button. */
export function ColumnChooser({
  hidden,
  setHidden,
}: {
  hidden: ReadonlySet<string>;
  setHidden: (hidden: ReadonlySet<string>) => void;
}) {
  return (
    <details className="relative">
      <summary className={buttonClasses("secondary", "md", "cursor-pointer list-none")}>
        Columns{hidden.size > 0 ? ` (${hidden.size} hidden)` : ""}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-56 space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <legend className="sr-only">Visible columns</legend>
        {PRODUCT_COLUMNS.map((column) => {
          const id = column.id!;
          return (
            <label key={id} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={!hidden.has(id)}
                onChange={(e) => {
                  const next = new Set(hidden);
                  if (e.target.checked) next.delete(id);
                  else next.add(id);
                  setHidden(next);
                }}
                className="size-4 accent-brand-600"
              />
              {columnLabel(column)}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
