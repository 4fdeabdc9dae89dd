// The one error the server's layers throw when a request cannot be done as asked. It carries a
// code of the error envelope and a message safe to show; the HTTP edge (withApi) gives each code
// its status, so nothing below the routes knows about HTTP.
import type { ApiErrorBody, ApiErrorCode } from "@/lib/schemas/api-error";

export type AppErrorCode = ApiErrorCode;

export interface AppErrorDetails {
  /** FinerWorks' reference id for the call that failed. */
  referenceId?: string;
  /** Per-field messages, keyed by dotted path ("images.3.title"). */
  fields?: Record<string, string[]>;
  /** What the thing holds now (a conflict). */
  current?: unknown;
  /** When trying again makes sense (rate limits, a store that is down). */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly extra: AppErrorDetails = {},
  ) {
    super(message);
  }
}

/** The error as the one envelope's body (also a failed row's `error` in a 207). */
export function errorBody(error: AppError): ApiErrorBody {
  const { referenceId, fields, current } = error.extra;
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(referenceId ? { reference_id: referenceId } : {}),
      ...(fields && Object.keys(fields).length > 0 ? { fields } : {}),
      ...(current !== undefined ? { current } : {}),
    },
  };
}
