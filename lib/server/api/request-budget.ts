import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { stores } from "@/lib/server/stores";
import { isStoreUnavailable } from "@/lib/server/stores/unavailable";

export type RequestBudget = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one request from the user's per-minute budget. The API and every server-rendered page
 * that calls FinerWorks share it, so reloading a page cannot get round the API's limit.
 * With the shared store down, reads go on unlimited (the outage is logged once by the store's
 * connection) and writes throw StoreUnavailableError (a 503: they fail closed).
 */
export async function takeUserRequest(
  user: Pick<SessionUser, "email">,
  kind: "read" | "write" = "read",
): Promise<RequestBudget> {
  let result;
  try {
    result = await stores().rateLimit.take(`user:${user.email}`);
  } catch (error) {
    if (kind === "read" && isStoreUnavailable(error)) return { allowed: true };
    throw error;
  }
  if (result.allowed) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) };
}

/** The words the API's 429 and the pages' over-budget state both use. */
export function tooManyRequestsMessage(retryAfterSeconds: number): string {
  return `Too many requests. Try again in ${retryAfterSeconds} s.`;
}
