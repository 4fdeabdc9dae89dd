import "server-only";
// The HTTP edge of the one error: each code answers with exactly one status, in the one body.
import type { ApiErrorCode } from "@/lib/schemas/api-error";
import { errorBody, type AppError } from "@/lib/server/errors/app-error";

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

/** The error's answer: its status, the one body, `Retry-After` when it says when, and `headers`. */
export function errorResponse(error: AppError, headers: Record<string, string> = {}): Response {
  const retryAfter = error.extra.retryAfterSeconds;
  return Response.json(errorBody(error), {
    status: STATUS_BY_CODE[error.code],
    headers: {
      "cache-control": "no-store",
      ...(retryAfter !== undefined ? { "retry-after": String(retryAfter) } : {}),
      ...headers,
    },
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
