import { ApiRequestError } from "@/lib/schemas/api-error";

/** A sentence for a failed request, with the reference support needs when there is one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return "Your session has ended: sign in again, then retry.";
    return error.referenceId ? `${error.message} (reference ${error.referenceId})` : error.message;
  }
  if (error instanceof DOMException && error.name === "AbortError") return "Cancelled.";
  return "Something went wrong. Try again.";
}

export { plural } from "@/components/ui/format";
