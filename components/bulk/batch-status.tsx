"use client";

import { useId } from "react";
import type { BatchProgress } from "@/lib/queries/bulk-save";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { outcomeSummary, type OutcomeCounts } from "./outcomes";

/**
 * Where a batch stands, in one line that keeps its height: the progress while requests go out
 * (the bar glides between them rather than jumping 50 rows at a time), then what became of the
 * rows, with Undo for everything this panel saved.
 */
export function BatchStatus({
  progress,
  undoing,
  counts,
  onUndo,
}: {
  progress: BatchProgress | null;
  undoing: boolean;
  counts: OutcomeCounts;
  onUndo: () => void;
}) {
  const summary = outcomeSummary(counts);
  const id = useId();
  return (
    <div className="flex min-h-8 min-w-0 flex-1 items-center gap-3 text-sm">
      {progress ? (
        <>
          <span id={id} className="shrink-0 tabular-nums">
            {undoing ? "Undoing" : "Saving"}… {formatCount(progress.sent)} of{" "}
            {formatCount(progress.total)} done
          </span>
          <span
            role="progressbar"
            aria-labelledby={id}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.sent}
            className="h-2 w-full max-w-48 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
          >
            <span
              className="block h-full rounded-full bg-brand-600 transition-[width] duration-500 ease-out motion-reduce:transition-none dark:bg-brand-500"
              style={{ width: `${(100 * progress.sent) / Math.max(progress.total, 1)}%` }}
            />
          </span>
        </>
      ) : null}
      {/* Always in the page, so the outcome is announced when it arrives. */}
      <p aria-live="polite" className="min-w-0 text-slate-700 dark:text-slate-300">
        {progress ? null : summary}
      </p>
      {!progress && counts.saved > 0 ? (
        <Button size="sm" onClick={onUndo}>
          Undo
        </Button>
      ) : null}
    </div>
  );
}
