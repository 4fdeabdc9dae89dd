import "server-only";
import { serverConfig } from "@/lib/server/config";
import { MemoryIdempotencyStore, type IdempotencyStore } from "./idempotency";
import { MemoryLoginThrottleStore, type LoginThrottleStore } from "./login-throttle";
import { MemoryTokenBucketStore, type RateLimitStore } from "./rate-limit";

interface Stores {
  rateLimit: RateLimitStore;
  loginThrottle: LoginThrottleStore;
  idempotency: IdempotencyStore;
}

// Next.js may load a module once per route bundle; one process-wide instance keeps one budget
// per user across every route. Several instances need Redis-backed implementations instead.
const KEY = Symbol.for("finerworks-dashboard.stores");
const holder = globalThis as typeof globalThis & { [KEY]?: Stores };

export function stores(): Stores {
  holder[KEY] ??= {
    rateLimit: new MemoryTokenBucketStore(serverConfig().rateLimitPerMinute),
    loginThrottle: new MemoryLoginThrottleStore(),
    idempotency: new MemoryIdempotencyStore(),
  };
  return holder[KEY];
}

/** Tests swap in fresh stores (or fakes) between cases. */
export function setStoresForTests(replacement: Partial<Stores> | undefined): void {
  holder[KEY] = replacement ? { ...stores(), ...replacement } : undefined;
}
