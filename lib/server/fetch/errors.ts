import "server-only";
import { AppError } from "@/lib/server/errors/app-error";
import { GuardedFetchError } from "./guarded-fetch";

/** A failed fetch of a user's URL, told in words that name the image host (never its body). */
export function fetchFailureToApiError(error: unknown): unknown {
  if (!(error instanceof GuardedFetchError)) return error;
  switch (error.kind) {
    case "invalid_url":
    case "blocked":
    case "dns":
      return new AppError("invalid_request", error.message, { fields: { url: [error.message] } });
    case "too_many_redirects":
    case "network":
      return new AppError("upstream_error", error.message);
    case "timeout":
      return new AppError("upstream_timeout", error.message);
    case "too_large":
      return new AppError("payload_too_large", error.message);
  }
}
