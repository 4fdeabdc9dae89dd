import "server-only";
import { isFinerWorksError } from "@/lib/server/finerworks/errors";
import { toAppError } from "@/lib/server/errors/to-app-error";
import type { Completion } from "@/lib/server/history/queries";

/**
 * How a failed upstream call is recorded. A refusal or an HTTP error answer means nothing was
 * written ("failed"); a timeout, a lost connection or an unreadable answer may have come after
 * FinerWorks applied the change, so the outcome is "unknown" (and removed products stay archived).
 */
export function completionForError(error: unknown): Completion {
  const { appError } = toAppError(error);
  const certain = isFinerWorksError(error) && (error.kind === "http" || error.kind === "refused");
  return {
    outcome: certain ? "failed" : "unknown",
    errorCode: appError.code,
    referenceId: appError.extra.referenceId,
  };
}

/** Extra time past the upstream timeout before a pending entry counts as "unknown". */
export const PENDING_GRACE_MS = 1_000;
