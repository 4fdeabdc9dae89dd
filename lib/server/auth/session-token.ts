import "server-only";
import type { Awaitable } from "next-auth";
import { decode as nextAuthDecode, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { isRole, type SessionUser } from "@/lib/auth/roles";
import { BoundedLru } from "@/lib/lru";

/** How long a session token lives (next-auth re-issues it with a new expiry when it is read). */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

/** next-auth's session cookie name (the `__Secure-` prefix when cookies are secure). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The session token from the request's cookies, the way next-auth's SessionStore reads it: a
 * token too large for one cookie is split into `<name>.0`, `<name>.1`... and joined in order.
 */
export function readSessionToken(
  cookies: Iterable<{ name: string; value: string }>,
  name: string,
): string | null {
  const chunks: { suffix: number; value: string }[] = [];
  for (const cookie of cookies) {
    if (!cookie.name.startsWith(name) || !cookie.value) continue;
    chunks.push({
      suffix: Number.parseInt(cookie.name.split(".").pop() ?? "0", 10),
      value: cookie.value,
    });
  }
  if (chunks.length === 0) return null;
  chunks.sort((a, b) => a.suffix - b.suffix);
  return chunks.map((c) => c.value).join("");
}

/**
 * What getServerSession() made of a token with our callbacks: the jwt callback keeps an existing
 * token as it is, the session callback copies email, name and role, and a session without an
 * email or a valid role grants nothing.
 */
export function sessionUserFromToken(token: JWT): SessionUser | null {
  const email = token.email;
  if (!email || !isRole(token.role)) return null;
  return { email, name: token.name || email, role: token.role };
}

export interface TokenDecoderOptions {
  secret: string;
  /** next-auth's JWE decode unless the auth options configure another. */
  decode?: (params: JWTDecodeParams) => Awaitable<JWT | null>;
  maxEntries?: number;
  now?: () => number;
}

interface Decoded {
  token: JWT;
  expiresAtMs: number;
}

/**
 * Decodes session tokens, remembering the result for each exact token string until it expires.
 * Decoding derives the key with HKDF and decrypts A256GCM on every call, which was a large part of
 * each API request; a browser sends the same cookie on every request until it is re-issued, so a
 * hit is almost certain. The cache holds only tokens that decrypted and verified (a forged cookie
 * costs the full decode every time and never displaces a real one by being stored), and a hit
 * re-checks `exp`, so an entry is never trusted longer than the token itself.
 */
export function createCachedTokenDecoder(
  options: TokenDecoderOptions,
): (token: string) => Promise<JWT | null> {
  const decode = options.decode ?? nextAuthDecode;
  const now = options.now ?? Date.now;
  const cache = new BoundedLru<string, Decoded>(options.maxEntries ?? 1000);

  return async (token) => {
    const hit = cache.get(token);
    if (hit) {
      if (now() < hit.expiresAtMs) return hit.token;
      // Past exp: decode again, which applies next-auth's own rule (15 s clock tolerance).
      cache.delete(token);
    }
    let decoded: JWT | null;
    try {
      decoded = await decode({ token, secret: options.secret });
    } catch {
      return null; // tampered, expired, or sealed with another secret: no session, as in next-auth
    }
    if (decoded && typeof decoded.exp === "number")
      cache.set(token, { token: decoded, expiresAtMs: decoded.exp * 1000 });
    return decoded;
  };
}
