import "server-only";
// Every thrown value as an AppError: FinerWorks failures in words a user can act on (with
// FinerWorks' own message and reference), a shared store that is down as `unavailable`, and
// anything else as a bug (`known: false`: logged, answered generically).
import { isFinerWorksError, type FinerWorksError } from "@/lib/server/finerworks/errors";
import { redact } from "@/lib/server/log";
import { isStoreUnavailable } from "@/lib/server/stores/unavailable";
import { AppError } from "./app-error";

export function fromFinerWorksError(error: FinerWorksError): AppError {
  const extra = { referenceId: error.referenceId, fields: error.fields };
  const said = error.upstreamMessage ? `: ${redact(error.upstreamMessage)}` : "";
  switch (error.kind) {
    case "timeout":
      return new AppError(
        "upstream_timeout",
        "FinerWorks did not answer in time. Try again in a moment.",
        extra,
      );
    case "network":
      return new AppError(
        "upstream_error",
        "FinerWorks could not be reached. Try again in a moment.",
        extra,
      );
    case "malformed":
      return new AppError(
        "upstream_error",
        "FinerWorks sent an answer that could not be read.",
        extra,
      );
    case "refused":
      return new AppError("upstream_error", `FinerWorks refused the request${said || "."}`, extra);
    case "http":
      return new AppError(
        "upstream_error",
        `FinerWorks answered with an error (HTTP ${error.httpStatus ?? "?"})${said || "."}`,
        extra,
      );
  }
}

/** A shared store is down: the request is refused before it changes anything. */
export function sharedStoreUnavailable(): AppError {
  return new AppError(
    "unavailable",
    "This is unavailable for a moment (a shared store is not answering); nothing was changed. Try again shortly.",
    { retryAfterSeconds: 5 },
  );
}

export function toAppError(error: unknown): { appError: AppError; known: boolean } {
  if (error instanceof AppError) return { appError: error, known: true };
  if (isFinerWorksError(error)) return { appError: fromFinerWorksError(error), known: true };
  if (isStoreUnavailable(error)) return { appError: sharedStoreUnavailable(), known: true };
  return {
    appError: new AppError("internal_error", "Something went wrong on our side. Try again later."),
    known: false,
  };
}
