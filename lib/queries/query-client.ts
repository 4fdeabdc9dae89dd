import { QueryClient, isServer } from "@tanstack/react-query";
import { ApiRequestError } from "@/lib/schemas/api-error";

/** Retry once for network and server faults; a 4xx answer will not change by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (error instanceof ApiRequestError) return error.status === 0 || error.status >= 500;
  return true;
}

// One factory for every QueryClient (TanStack's nextjs-app-prefetching pattern): the server
// makes one per request, the browser keeps a single one.
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Above zero so the client does not refetch what the server just prefetched.
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
