import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/roles";
import { authOptions } from "./options";
import { activeSessionUser } from "./session-revocation";
import { createCachedTokenDecoder, readSessionToken, sessionCookieName } from "./session-token";

// getServerSession() ran next-auth's whole session action on every call: decrypt the cookie, run
// the callbacks, then encrypt a refreshed token only to drop it (called with just the options, it
// has no response to set a cookie on). Reading the cookie and decoding it through a cache gives
// the same user for a fraction of the cost. Nothing here renews the session's expiry, as before.
const cookieName = sessionCookieName(authOptions.useSecureCookies ?? false);
const decodeSessionToken = createCachedTokenDecoder({
  secret: authOptions.secret ?? "",
  decode: authOptions.jwt?.decode,
});

async function userFromCookies(
  list: Iterable<{ name: string; value: string }>,
): Promise<SessionUser | null> {
  const token = readSessionToken(list, cookieName);
  if (!token) return null;
  return activeSessionUser(await decodeSessionToken(token));
}

/**
 * The signed-in user, or null (no session, a session without an email or a valid role, or one
 * signed out). Once per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> =>
  userFromCookies((await cookies()).getAll()),
);

/**
 * The same user, read from a route handler's own request (its cookies are the ones `cookies()`
 * gives there), so the API needs no request scope: the route tests call handlers directly with a
 * real session cookie.
 */
export function getSessionUserFromRequest(req: {
  cookies: { getAll(): { name: string; value: string }[] };
}): Promise<SessionUser | null> {
  return userFromCookies(req.cookies.getAll());
}

/** For pages: the signed-in user, or a redirect to sign-in (the proxy normally got there first). */
export async function requireSessionUser(callbackPath = "/images"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}
