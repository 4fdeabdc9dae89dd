// What became of each row of a batch, as the preview shows it, and the one-line summary of them.
import type { RowOutcome } from "@/lib/queries/bulk-save";
import { plural } from "@/components/ui/format";

/**
 * A save's outcome, or what the person did instead: took their version after a conflict, left
 * the row out with "Skip images with products", or undid the batch.
 */
export type ShownOutcome =
  RowOutcome | { status: "theirs" } | { status: "skipped" } | { status: "undone" };

export type OutcomeCounts = Record<ShownOutcome["status"], number>;

export function countOutcomes(outcomes: Iterable<ShownOutcome>): OutcomeCounts {
  const counts: OutcomeCounts = {
    saved: 0,
    conflict: 0,
    failed: 0,
    theirs: 0,
    skipped: 0,
    undone: 0,
  };
  for (const outcome of outcomes) counts[outcome.status]++;
  return counts;
}

/** "25 saved · 2 skipped (have products) · 1 conflict", leaving out what did not happen. */
export function outcomeSummary(counts: OutcomeCounts): string {
  return [
    counts.saved > 0 ? `${counts.saved} saved` : "",
    counts.undone > 0 ? `${counts.undone} undone` : "",
    counts.skipped > 0
      ? `${counts.skipped} skipped (${counts.skipped === 1 ? "has" : "have"} products)`
      : "",
    counts.conflict > 0 ? plural(counts.conflict, "conflict") : "",
    counts.failed > 0 ? `${counts.failed} failed` : "",
    counts.theirs > 0 ? `${counts.theirs} kept their version` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
