"use client";

import { memo, type Dispatch } from "react";
import { cn } from "@/components/ui/cn";
import { DuplicateWarning } from "@/components/duplicates/duplicate-warning";
import type { DuplicateMatch } from "@/lib/schemas/duplicates";
import { rowControls } from "./row-controls";
import { RowMainFields } from "./row-main-fields";
import { RowOptionalUrls } from "./row-optional-urls";
import { unreadable } from "./row-readiness";
import { RowSummary } from "./row-summary";
import type { Action, Row, RowErrors } from "./types";

interface RowCardProps {
  row: Row;
  index: number;
  errors: RowErrors;
  localPreview?: string;
  store: boolean;
  dispatch: Dispatch<Action>;
  onRemove: (id: string) => void;
  /** An image of the library this row may repeat ("Possibly already in the library"). */
  duplicate?: DuplicateMatch;
  onKeepDuplicate?: (id: string, guid: string) => void;
}

export const RowCard = memo(function RowCard({
  row,
  index,
  errors,
  localPreview,
  store,
  dispatch,
  onRemove,
  duplicate,
  onKeepDuplicate,
}: RowCardProps) {
  const number = index + 1;
  const locked =
    row.status === "added" ||
    row.status === "adding" ||
    row.status === "preparing" ||
    row.status === "waiting";
  const controls = rowControls(row, locked, dispatch);
  const size = Number(row.fields.file_size);
  const legendId = `${row.id}-legend`;
  const held = row.status === "draft" && unreadable(row);

  return (
    <li>
      <div
        role="group"
        aria-labelledby={legendId}
        className={cn(
          "min-w-0 rounded-xl border bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900",
          held
            ? "border-2 border-rose-500 dark:border-rose-400"
            : row.status === "failed"
              ? "border-amber-300 dark:border-amber-500/50"
              : row.status === "added"
                ? "border-emerald-300 dark:border-emerald-500/40"
                : "border-slate-200 dark:border-slate-800",
        )}
      >
        <RowSummary
          row={row}
          number={number}
          legendId={legendId}
          errors={errors}
          localPreview={localPreview}
          held={held}
          locked={locked}
          size={size}
          onRemove={onRemove}
        />

        {duplicate && row.status !== "added" ? (
          <DuplicateWarning
            match={duplicate}
            onKeep={() => onKeepDuplicate?.(row.id, duplicate.guid)}
            onRemove={() => onRemove(row.id)}
            disabled={locked}
          />
        ) : null}
        {row.error && row.status === "failed" ? (
          <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-400/10 dark:text-amber-100">
            <span className="font-medium">Not added:</span> {row.error}
          </p>
        ) : null}
        {row.upload?.state === "error" ? (
          <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-400/10 dark:text-amber-100">
            <span className="font-medium">Upload of {row.upload.fileName} failed:</span>{" "}
            {row.upload.message}
          </p>
        ) : null}

        <RowMainFields
          row={row}
          errors={errors}
          held={held}
          size={size}
          controls={controls}
          onRemove={onRemove}
        />

        <RowOptionalUrls row={row} errors={errors} store={store} controls={controls} />
      </div>
    </li>
  );
});
