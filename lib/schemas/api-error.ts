// The one error body every route handler answers with, shared by server and browser.
import { z } from "zod";

export const API_ERROR_CODES = [
  "invalid_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "upstream_error",
  "upstream_timeout",
  "unavailable",
  "internal_error",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    reference_id: z.string().optional(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    current: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** What a browser-side fetcher throws for a non-2xx answer from our API. */
export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | "network_error",
    message: string,
    readonly referenceId?: string,
    readonly fields?: Record<string, string[]>,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** Turns a fetch Response that is not ok into an ApiRequestError (tolerates non-JSON bodies). */
export async function toApiRequestError(response: Response): Promise<ApiRequestError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = apiErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const e = parsed.data.error;
    return new ApiRequestError(
      response.status,
      e.code,
      e.message,
      e.reference_id,
      e.fields,
      e.current,
    );
  }
  return new ApiRequestError(
    response.status,
    "internal_error",
    `The server answered HTTP ${response.status}.`,
  );
}
