import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { stores } from "@/lib/server/stores";

export type RequestBudget = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one request from the user's per-minute budget. The API and every server-rendered page
 * that calls FinerWorks share it, so reloading a page cannot get round the API's limit.
 */
export async function takeUserRequest(user: Pick<SessionUser, "email">): Promise<RequestBudget> {
  const result = await stores().rateLimit.take(`user:${user.email}`);
  if (result.allowed) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) };
}

/** The words the API's 429 and the pages' over-budget state both use. */
export function tooManyRequestsMessage(retryAfterSeconds: number): string {
  return `Too many requests. Try again in ${retryAfterSeconds} s.`;
}
