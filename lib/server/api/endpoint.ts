import "server-only";
// A read endpoint's server side: its resource definition bound to the loader that answers it.
// The route answers with it over HTTP; a page prefetches with it in process, parsing the very URL
// the browser would ask (so a prefetched answer is the route's answer), under the same key.
import type { QueryClient } from "@tanstack/react-query";
import type { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";
import { pagedResourceOptions, resourceOptions } from "@/lib/queries/resource-options";
import type { PagedResource, Resource } from "@/lib/resources/resource";
import { json, withApi, type HandlerContext } from "./handler";
import { parseWith } from "./request";

export interface LoadContext {
  user: SessionUser;
  signal?: AbortSignal;
}

export interface EndpointOptions<S> {
  /** What `query` parses when it is in the path rather than the query string (an id). */
  fromPath?: (req: NextRequest) => Record<string, string>;
  /** An answer other than the JSON one (a CSV export), when the query asks for it. */
  alternate?: (ctx: HandlerContext<undefined, S>) => Promise<Response | undefined>;
}

export interface Endpoint<Q, R, S> {
  resource: Resource<Q, R, S>;
  load: (query: S, context: LoadContext) => Promise<R>;
  options: EndpointOptions<S>;
}

export type PagedEndpoint<Q, R, P, S> = Endpoint<Q, R, S> & {
  resource: PagedResource<Q, R, P, S>;
};

export function endpoint<Q, R, S>(
  resource: Resource<Q, R, S>,
  load: (query: S, context: LoadContext) => Promise<R>,
  options: EndpointOptions<S> = {},
): Endpoint<Q, R, S> {
  return { resource, load, options };
}

export function pagedEndpoint<Q, R, P, S>(
  resource: PagedResource<Q, R, P, S>,
  load: (query: S, context: LoadContext) => Promise<R>,
  options: EndpointOptions<S> = {},
): PagedEndpoint<Q, R, P, S> {
  return { resource, load, options };
}

/** The route's parse of a query string (undefined as the query of a route that takes none). */
function parseQuery<Q, R, S>(resource: Resource<Q, R, S>, params: URLSearchParams): S {
  if (!resource.query) return undefined as S;
  const record = resource.readQuery ? resource.readQuery(params) : Object.fromEntries(params);
  return parseWith(resource.query, record, "query");
}

/** The GET handler: sign-in, budget, role and query as withApi does them, then the loader's JSON. */
export function readRoute<Q, R, S>({
  resource,
  load,
  options,
}: Endpoint<Q, R, S>): (req: NextRequest) => Promise<Response> {
  return withApi<undefined, S>(
    {
      route: `GET ${resource.path}`,
      action: resource.action,
      readQueryFrom: (req) =>
        options.fromPath && resource.query
          ? parseWith(resource.query, options.fromPath(req), "path")
          : parseQuery(resource, req.nextUrl.searchParams),
    },
    async (ctx) => {
      const other = await options.alternate?.(ctx);
      if (other) return other;
      return json(await load(ctx.query, { user: ctx.user, signal: ctx.req.signal }));
    },
  );
}

/** The loader as the page's query function: the browser's URL parsed as the route parses it. */
function loaderFor<Q, R, S>({ resource, load }: Endpoint<Q, R, S>, user: SessionUser) {
  return (query: Q) =>
    load(parseQuery(resource, new URL(resource.url(query), "http://local").searchParams), { user });
}

/**
 * Puts the endpoint's answer for `query` in the page's query client, under the key the browser
 * reads, so it is in the first paint. A failure is not cached: the browser asks again and shows
 * the error state.
 */
export async function prefetchEndpoint<Q, R, S>(
  queryClient: QueryClient,
  endpoint: Endpoint<Q, R, S>,
  query: Q,
  user: SessionUser,
): Promise<void> {
  await queryClient.prefetchQuery({
    ...resourceOptions(endpoint.resource, query, loaderFor(endpoint, user)),
    retry: false,
  });
}

/** The first page of a paged endpoint, the same way. */
export async function prefetchFirstPage<Q, R, P, S>(
  queryClient: QueryClient,
  endpoint: PagedEndpoint<Q, R, P, S>,
  query: Q,
  user: SessionUser,
): Promise<void> {
  await queryClient.prefetchInfiniteQuery({
    ...pagedResourceOptions(endpoint.resource, query, loaderFor(endpoint, user)),
    retry: false,
  });
}
