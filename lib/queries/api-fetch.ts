// The one way browser code calls our own API: a network failure or a non-2xx answer becomes an
// ApiRequestError (with the server's code, message and FinerWorks reference id); an abort stays
// an abort, so TanStack Query can tell a cancelled request from a failed one. Answers are parsed
// with the shared response schemas here, where they enter the browser, never cast.
import type { z } from "zod";
import { ApiRequestError, toApiRequestError } from "@/lib/schemas/api-error";

const NETWORK_MESSAGE = "Could not reach the server. Check your connection and try again.";

export async function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiRequestError(0, "network_error", NETWORK_MESSAGE);
  }
  if (!response.ok) throw await toApiRequestError(response);
  return response;
}

const UNREADABLE_MESSAGE = "The server sent an answer that could not be read.";

/** An ok answer whose body does not match the schema: the UI shows it like any failed load. */
export function unreadableAnswer(status: number): ApiRequestError {
  return new ApiRequestError(status, "internal_error", UNREADABLE_MESSAGE);
}

/** Parses an ok answer's JSON body with `schema`. */
export async function readAnswer<S extends z.ZodType>(
  response: Response,
  schema: S,
): Promise<z.output<S>> {
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw unreadableAnswer(response.status);
  return parsed.data;
}
