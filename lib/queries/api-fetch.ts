// The one way browser code calls our own API: a network failure or a non-2xx answer becomes an
// ApiRequestError (with the server's code, message and FinerWorks reference id); an abort stays
// an abort, so TanStack Query can tell a cancelled request from a failed one.
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
