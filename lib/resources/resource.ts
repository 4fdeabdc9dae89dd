// One definition per read endpoint, shared by its route (what it parses and who may read it),
// the page that prefetches it and the browser query that fetches it (key, URL, answer schema),
// so the three cannot drift. The server binds a loader to it (lib/server/api/endpoint.ts); the
// browser builds its query options from it (lib/queries/resource-options.ts).
import type { QueryKey } from "@tanstack/react-query";
import type { z } from "zod";
import type { Action } from "@/lib/auth/roles";

/**
 * `Q` is the query as pages and the browser hold it, `R` the answer, `S` the query as the route
 * parses it from `url(query)` (its loader's input; the same as `Q` for most).
 */
export interface Resource<Q, R, S = Q> {
  /** The path the route file answers, for its log lines ("GET /api/products"). */
  path: string;
  /** What the reader's role must allow. */
  action: Action;
  /** The query the route parses from the URL (a 400 for what it refuses); none: it takes none. */
  query?: z.ZodType<S>;
  /** How the query string becomes the object `query` parses (default: every key, last wins). */
  readQuery?: (params: URLSearchParams) => Record<string, string>;
  /** The URL the browser asks for this query. */
  url(query: Q): string;
  /** The answer, as the browser parses it. */
  response: z.ZodType<R>;
  /** The query cache key: the browser's entry and the page's prefetch are the same one. */
  key(query: Q): QueryKey;
}

/** A resource read a page at a time ("Load more", a table that grows as it scrolls). */
export interface PagedResource<Q, R, P, S = Q> extends Resource<Q, R, S> {
  pages: {
    initial: P;
    next(last: R, all: R[], lastParam: P): P | undefined;
    /** The query of one page. */
    query(query: Q, page: P): Q;
  };
}

export function defineResource<Q, R, S = Q>(resource: Resource<Q, R, S>): Resource<Q, R, S> {
  return resource;
}

export function definePagedResource<Q, R, P, S = Q>(
  resource: PagedResource<Q, R, P, S>,
): PagedResource<Q, R, P, S> {
  return resource;
}

/** `path` with the query string `params` gives (none when it is empty). */
export function withSearch(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
