import "server-only";
// Every server page that shows the user's data starts here: the sign-in redirect, the role's 403
// page, and one request of the user's budget (the "Too many requests" state when it is spent),
// then the query client its prefetches fill and the browser hydrates.
import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { forbidden } from "next/navigation";
import type { ReactElement } from "react";
import { TooManyRequests } from "@/components/layout/too-many-requests";
import { can, type Action, type SessionUser } from "@/lib/auth/roles";
import { getQueryClient } from "@/lib/queries/query-client";
import {
  prefetchEndpoint,
  prefetchFirstPage,
  type Endpoint,
  type PagedEndpoint,
} from "@/lib/server/api/endpoint";
import { takeUserRequest, tooManyRequestsMessage } from "@/lib/server/api/request-budget";
import { requireSessionUser } from "@/lib/server/auth/session";

export interface GuardedPage {
  user: SessionUser;
  /** Puts an endpoint's answer in the first paint, under the key the browser reads. */
  prefetch: <Q, R, S>(endpoint: Endpoint<Q, R, S>, query: Q) => Promise<void>;
  /** The first page of a paged endpoint, the same way. */
  prefetchFirstPage: <Q, R, P, S>(endpoint: PagedEndpoint<Q, R, P, S>, query: Q) => Promise<void>;
  queryClient: QueryClient;
  /** What the page hands HydrationBoundary. */
  dehydrated: () => ReturnType<typeof dehydrate>;
}

/** The signed-in user whose role allows `action`: else sign-in (back to `path`) or the 403 page. */
export async function requirePageRole(path: string, action: Action): Promise<SessionUser> {
  const user = await requireSessionUser(path);
  if (!can(user.role, action)) forbidden();
  return user;
}

interface PageGuard {
  /** Where sign-in returns to. */
  path: string;
  /** What "Try again" reloads when the budget is spent (default: `path`). */
  retryHref?: string;
  action?: Action;
}

/** Runs `render` for a signed-in user whose role allows `action`, after one request of their budget. */
export async function guardedPage(
  { path, retryHref = path, action = "browse" }: PageGuard,
  render: (page: GuardedPage) => ReactElement | Promise<ReactElement>,
): Promise<ReactElement> {
  const user = await requirePageRole(path, action);
  const budget = await takeUserRequest(user);
  if (!budget.allowed) {
    const message = tooManyRequestsMessage(budget.retryAfterSeconds);
    return <TooManyRequests message={message} retryHref={retryHref} />;
  }
  const queryClient = getQueryClient();
  return render({
    user,
    queryClient,
    prefetch: (endpoint, query) => prefetchEndpoint(queryClient, endpoint, query, user),
    prefetchFirstPage: (endpoint, query) => prefetchFirstPage(queryClient, endpoint, query, user),
    dehydrated: () => dehydrate(queryClient),
  });
}
