// Query options built from a resource definition: the browser's fetch by default, or the
// server's own loader for a page's prefetch, under the very same key and paging.
import {
  infiniteQueryOptions,
  queryOptions,
  type InfiniteData,
  type QueryKey,
} from "@tanstack/react-query";
import type { PagedResource, Resource } from "@/lib/resources/resource";
import { apiFetch, readAnswer } from "./api-fetch";

export type Loader<Q, R> = (query: Q, signal?: AbortSignal) => Promise<R>;

/** GET the resource's URL for `query`; the answer parsed with its schema (ApiRequestError otherwise). */
export async function fetchResource<Q, R, S>(
  resource: Resource<Q, R, S>,
  query: Q,
  signal?: AbortSignal,
): Promise<R> {
  const response = await apiFetch(resource.url(query), {
    signal,
    headers: { accept: "application/json" },
  });
  return readAnswer(response, resource.response);
}

export function resourceOptions<Q, R, S>(
  resource: Resource<Q, R, S>,
  query: Q,
  load: Loader<Q, R> = (q, signal) => fetchResource(resource, q, signal),
) {
  return queryOptions({
    queryKey: resource.key(query),
    queryFn: ({ signal }) => load(query, signal),
  });
}

export function pagedResourceOptions<Q, R, P, S>(
  resource: PagedResource<Q, R, P, S>,
  query: Q,
  load: Loader<Q, R> = (q, signal) => fetchResource(resource, q, signal),
) {
  const { pages } = resource;
  return infiniteQueryOptions<R, Error, InfiniteData<R, P>, QueryKey, P>({
    queryKey: resource.key(query),
    queryFn: ({ pageParam, signal }) => load(pages.query(query, pageParam as P), signal),
    initialPageParam: pages.initial,
    getNextPageParam: (last: R, all: R[], lastParam: P) => pages.next(last, all, lastParam),
  });
}
