// Acting as a role in route tests: a real next-auth session cookie, sealed with the secret the
// app's auth options use, so every route test goes through the same cookie reading, decoding
// (lib/server/auth/session.ts) and revocation check as a browser's request.
import { randomUUID } from "node:crypto";
import { encode, type JWT } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/roles";
import { authOptions } from "@/lib/server/auth/options";
import { SESSION_MAX_AGE_S, sessionCookieName } from "@/lib/server/auth/session-token";
import { USERS, type Caller } from "./fixtures/users";

export { USERS, type Caller };

/** The claims next-auth's jwt callback gives a sign-in (see lib/server/auth/options.ts). */
export function sessionClaims(user: SessionUser): JWT {
  return { email: user.email, name: user.name, role: user.role, sid: randomUUID() };
}

/** A session token for exactly these claims (a test may leave out the email or the role). */
export function sealSessionToken(token: JWT): Promise<string> {
  return encode({ token, secret: authOptions.secret ?? "", maxAge: SESSION_MAX_AGE_S });
}

/** The Cookie header that carries `token` as the session. */
export function sessionCookieHeader(token: string): string {
  return `${sessionCookieName(authOptions.useSecureCookies ?? false)}=${token}`;
}

// One sign-in per role for the whole test file, as a browser keeps one cookie: the decoder's
// cache sees the same token again. A test that signs out makes its own with sealSessionToken.
const signedIn = new Map<string, Promise<string>>();

/** The Cookie header of `who`'s sign-in (undefined for anonymous). */
export async function cookieFor(who: Caller | SessionUser): Promise<string | undefined> {
  if (who === "anonymous") return undefined;
  const user = typeof who === "string" ? USERS[who] : who;
  const key = JSON.stringify(user);
  let token = signedIn.get(key);
  if (!token) {
    token = sealSessionToken(sessionClaims(user));
    signedIn.set(key, token);
  }
  return sessionCookieHeader(await token);
}
