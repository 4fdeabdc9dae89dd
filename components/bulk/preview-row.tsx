"use client";

import { memo } from "react";
import { isChanged, type PreviewRow } from "@/lib/bulk/preview";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DiffParts } from "@/components/ui/text-diff";
import type { ShownOutcome } from "./outcomes";

/** Short outcomes: a badge at the row's end, so they come and go without moving the rows. */
function OutcomeBadge({ outcome, pending }: { outcome?: ShownOutcome; pending: boolean }) {
  if (pending && !outcome) return <Badge>Saving…</Badge>;
  switch (outcome?.status) {
    case "saved":
      return <Badge tone="success">Saved</Badge>;
    case "theirs":
      return <Badge>Kept their version</Badge>;
    case "skipped":
      return <Badge>Skipped (has products)</Badge>;
    case "undone":
      return <Badge>Undone</Badge>;
    case "failed":
      return <Badge tone="warning">Failed</Badge>;
    case "conflict":
      return <Badge tone="warning">Conflict</Badge>;
    default:
      return null;
  }
}

/** What a failed or conflicting row needs said, and the choice a conflict offers. */
function OutcomeDetail({
  outcome,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  outcome: ShownOutcome;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  if (outcome.status === "failed")
    return (
      <p className="text-xs text-red-700 dark:text-red-300">
        {outcome.message}
        {outcome.referenceId ? (
          <>
            {" "}
            Reference <span className="font-mono">{outcome.referenceId}</span>
          </>
        ) : null}
      </p>
    );
  if (outcome.status !== "conflict") return null;
  return (
    <div className="space-y-1 text-xs">
      <p>
        Someone else changed this image. Their version:{" "}
        <span className="font-medium">“{outcome.current.title}”</span>
        {outcome.current.description ? ` — ${outcome.current.description}` : null}
      </p>
      <div className="flex gap-2">
        <Button size="sm" disabled={busy} onClick={onKeepMine}>
          Keep mine
        </Button>
        <Button size="sm" variant="ghost" disabled={busy} onClick={onTakeTheirs}>
          Take theirs
        </Button>
      </div>
    </div>
  );
}

/** One image in the preview: before -> after with the changed words marked, and its outcome. */
export const PreviewRowView = memo(function PreviewRowView({
  row,
  label,
  included,
  outcome,
  pending,
  busy,
  onInclude,
  onKeepMine,
  onTakeTheirs,
}: {
  row: PreviewRow;
  label: string;
  included: boolean;
  outcome: ShownOutcome | undefined;
  pending: boolean;
  busy: boolean;
  onInclude: (guid: string, included: boolean) => void;
  onKeepMine: (guid: string) => void;
  onTakeTheirs: (guid: string) => void;
}) {
  const changed = isChanged(row);
  const savable = changed && row.problem === undefined;
  return (
    <div
      className={cn(
        "flex items-start gap-3 border-b border-slate-100 px-3 py-2.5 text-sm dark:border-slate-800",
        !changed && "opacity-60",
        row.problem && "bg-red-50/60 dark:bg-red-950/30",
      )}
    >
      <input
        type="checkbox"
        aria-label={`Include ${label}`}
        checked={savable && included && outcome?.status !== "skipped"}
        disabled={!savable || busy || outcome !== undefined}
        onChange={(e) => onInclude(row.guid, e.target.checked)}
        className="mt-0.5 size-4 shrink-0 accent-brand-600"
      />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="break-words">
          {row.titleChanged ? (
            <DiffParts before={row.before.title} after={row.after.title} />
          ) : (
            <span className="font-medium">{label}</span>
          )}
        </p>
        {row.descriptionChanged ? (
          <p className="line-clamp-3 text-xs break-words whitespace-pre-line text-slate-700 dark:text-slate-300">
            <DiffParts before={row.before.description} after={row.after.description} />
          </p>
        ) : null}
        {!changed ? <p className="text-xs text-slate-600 dark:text-slate-400">No change</p> : null}
        {row.problem ? (
          <p className="text-xs font-medium text-red-700 dark:text-red-300">
            Left out: {row.problem}
          </p>
        ) : null}
        {outcome ? (
          <OutcomeDetail
            outcome={outcome}
            busy={busy}
            onKeepMine={() => onKeepMine(row.guid)}
            onTakeTheirs={() => onTakeTheirs(row.guid)}
          />
        ) : null}
      </div>
      {/* A flex box, not a line: the badge adds no height to the row when it comes. */}
      <span className="flex shrink-0">
        <OutcomeBadge outcome={outcome} pending={pending} />
      </span>
    </div>
  );
});
