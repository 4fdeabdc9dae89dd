import "server-only";
import type { JWT } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/roles";
import { stores } from "@/lib/server/stores";
import { isStoreUnavailable } from "@/lib/server/stores/unavailable";
import { SESSION_MAX_AGE_S, sessionUserFromToken } from "./session-token";

// next-auth allows 15 s of clock skew on `exp`; a minute more covers it.
const CLOCK_SKEW_MS = 60_000;

/** The id sign-out revokes: the sign-in's `sid`, or the token's own `jti` for older tokens. */
export function revocationId(token: JWT): string | null {
  if (typeof token.sid === "string" && token.sid) return `sid:${token.sid}`;
  if (typeof token.jti === "string" && token.jti) return `jti:${token.jti}`;
  return null;
}

/**
 * Revokes every token of this sign-in. Tokens are re-issued with a fresh expiry, so a copy taken
 * earlier may outlive this one by up to the session's max age: the entry lasts that long.
 */
export async function revokeSession(token: JWT, now = Date.now()): Promise<void> {
  const id = revocationId(token);
  if (id) await stores().revokedSessions.revoke(id, now + SESSION_MAX_AGE_S * 1000 + CLOCK_SKEW_MS);
}

/**
 * A token that cannot be revoked (no id) counts as revoked: next-auth always sets `jti`. With the
 * shared store down the token counts as live, so reads go on; every change still fails closed,
 * because the API's rate limit refuses writes without the store.
 */
export async function isSessionRevoked(token: JWT): Promise<boolean> {
  const id = revocationId(token);
  if (id === null) return true;
  try {
    return await stores().revokedSessions.isRevoked(id);
  } catch (error) {
    if (isStoreUnavailable(error)) return false;
    throw error;
  }
}

/**
 * The user a decoded session token signs in, or null when it lacks an email or a valid role or
 * was signed out. The proxy and getSessionUser() both decide with this, so they never disagree
 * (a disagreement is a redirect loop between /login and the page).
 */
export async function activeSessionUser(token: JWT | null): Promise<SessionUser | null> {
  const user = token ? sessionUserFromToken(token) : null;
  if (!user || !token) return null;
  return (await isSessionRevoked(token)) ? null : user;
}
