import "server-only";
import { serverConfig } from "@/lib/server/config";
import { MemoryIdempotencyStore, type IdempotencyStore } from "./idempotency";
import { MemorySignInThrottleStore, type SignInThrottleStore } from "./login-throttle";
import { MemoryTokenBucketStore, type RateLimitStore } from "./rate-limit";
import { MemoryRevokedSessionStore, type RevokedSessionStore } from "./revoked-sessions";

interface Stores {
  rateLimit: RateLimitStore;
  /** Sign-in attempts per client address (a budget of its own, apart from the API's). */
  signInAttempts: RateLimitStore;
  loginThrottle: SignInThrottleStore;
  revokedSessions: RevokedSessionStore;
  idempotency: IdempotencyStore;
}

// Next.js may load a module once per route bundle; one process-wide instance keeps one budget
// per user across every route. Several instances need Redis-backed implementations instead.
const KEY = Symbol.for("finerworks-dashboard.stores");
const holder = globalThis as typeof globalThis & { [KEY]?: Stores };

export function stores(): Stores {
  const config = serverConfig();
  holder[KEY] ??= {
    rateLimit: new MemoryTokenBucketStore(config.rateLimitPerMinute),
    signInAttempts: new MemoryTokenBucketStore(config.signIn.attemptsPerMinute),
    loginThrottle: new MemorySignInThrottleStore(),
    revokedSessions: new MemoryRevokedSessionStore(),
    idempotency: new MemoryIdempotencyStore(),
  };
  return holder[KEY];
}

/** Tests swap in fresh stores (or fakes) between cases. */
export function setStoresForTests(replacement: Partial<Stores> | undefined): void {
  holder[KEY] = replacement ? { ...stores(), ...replacement } : undefined;
}
