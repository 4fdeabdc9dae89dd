import "server-only";
import { isFinerWorksError, type FinerWorksError } from "@/lib/finerworks/errors";
import type { ApiErrorBody, ApiErrorCode } from "@/lib/schemas/api-error";
import { redact } from "@/lib/server/log";
import { isStoreUnavailable } from "@/lib/server/stores/unavailable";

// Every error code answers with exactly one status.
export const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  upstream_error: 502,
  unavailable: 503,
  upstream_timeout: 504,
};

/** An error whose message is safe to show: thrown by handlers and services, answered as is. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: {
      referenceId?: string;
      fields?: Record<string, string[]>;
      current?: unknown;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }

  toBody(): ApiErrorBody {
    const { referenceId, fields, current } = this.extra;
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(referenceId ? { reference_id: referenceId } : {}),
        ...(fields && Object.keys(fields).length > 0 ? { fields } : {}),
        ...(current !== undefined ? { current } : {}),
      },
    };
  }
}

/** FinerWorks failures, told in words a user can act on (with FinerWorks' own message and reference). */
export function fromFinerWorksError(error: FinerWorksError): ApiError {
  const extra = { referenceId: error.referenceId, fields: error.fields };
  const said = error.upstreamMessage ? `: ${redact(error.upstreamMessage)}` : "";
  switch (error.kind) {
    case "timeout":
      return new ApiError(
        "upstream_timeout",
        "FinerWorks did not answer in time. Try again in a moment.",
        extra,
      );
    case "network":
      return new ApiError(
        "upstream_error",
        "FinerWorks could not be reached. Try again in a moment.",
        extra,
      );
    case "malformed":
      return new ApiError(
        "upstream_error",
        "FinerWorks sent an answer that could not be read.",
        extra,
      );
    case "refused":
      return new ApiError("upstream_error", `FinerWorks refused the request${said || "."}`, extra);
    case "http":
      return new ApiError(
        "upstream_error",
        `FinerWorks answered with an error (HTTP ${error.httpStatus ?? "?"})${said || "."}`,
        extra,
      );
  }
}

/** A shared store is down: the request is refused before it changes anything. */
export function unavailableError(): ApiError {
  return new ApiError(
    "unavailable",
    "This is unavailable for a moment (a shared store is not answering); nothing was changed. Try again shortly.",
    { headers: { "retry-after": "5" } },
  );
}

/** Any thrown value as an ApiError; `known` is false for bugs, which are logged and answered generically. */
export function toApiError(error: unknown): { apiError: ApiError; known: boolean } {
  if (error instanceof ApiError) return { apiError: error, known: true };
  if (isFinerWorksError(error)) return { apiError: fromFinerWorksError(error), known: true };
  if (isStoreUnavailable(error)) return { apiError: unavailableError(), known: true };
  return {
    apiError: new ApiError("internal_error", "Something went wrong on our side. Try again later."),
    known: false,
  };
}

export function errorResponse(error: ApiError): Response {
  return Response.json(error.toBody(), {
    status: error.status,
    headers: { "cache-control": "no-store", ...error.extra.headers },
  });
}

/** Zod issues as per-field messages, keyed by dotted path ("images.3.title"). */
export function fieldsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string[]> {
  // No prototype: a hostile key such as "__proto__" stays an ordinary entry.
  const fields = Object.create(null) as Record<string, string[]>;
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
