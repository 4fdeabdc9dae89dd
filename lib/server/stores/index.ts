import "server-only";
import { serverConfig } from "@/lib/server/config";
import { KEY_PREFIX, RedisConnection } from "@/lib/server/stores/redis-client";
import { MemoryIdempotencyStore, type IdempotencyStore } from "./idempotency";
import { MemoryLockStore, type LockStore } from "./lock";
import { MemorySignInThrottleStore, type SignInThrottleStore } from "./login-throttle";
import { MemoryTokenBucketStore, type RateLimitStore } from "./rate-limit";
import { RedisIdempotencyStore } from "./redis/idempotency";
import { RedisLockStore } from "./redis/lock";
import { RedisSignInThrottleStore } from "./redis/login-throttle";
import { RedisTokenBucketStore } from "./redis/rate-limit";
import { RedisRevokedSessionStore } from "./redis/revoked-sessions";
import { MemoryRevokedSessionStore, type RevokedSessionStore } from "./revoked-sessions";

export interface Stores {
  /** "redis" when REDIS_URL is set: every instance on that Redis shares these. */
  kind: "memory" | "redis";
  rateLimit: RateLimitStore;
  /** Sign-in attempts per client address (a budget of its own, apart from the API's). */
  signInAttempts: RateLimitStore;
  loginThrottle: SignInThrottleStore;
  revokedSessions: RevokedSessionStore;
  idempotency: IdempotencyStore;
  locks: LockStore;
  /** Throws StoreUnavailableError when the shared store does not answer. */
  ping(): Promise<void>;
}

interface Limits {
  rateLimitPerMinute: number;
  signInAttemptsPerMinute: number;
}

export function memoryStores(limits: Limits): Stores {
  return {
    kind: "memory",
    rateLimit: new MemoryTokenBucketStore(limits.rateLimitPerMinute),
    signInAttempts: new MemoryTokenBucketStore(limits.signInAttemptsPerMinute),
    loginThrottle: new MemorySignInThrottleStore(),
    revokedSessions: new MemoryRevokedSessionStore(),
    idempotency: new MemoryIdempotencyStore(),
    locks: new MemoryLockStore(),
    ping: () => Promise.resolve(),
  };
}

/** Every store on one Redis connection, each under its own part of `prefix`. */
export function redisStores(redis: RedisConnection, limits: Limits, prefix = KEY_PREFIX): Stores {
  return {
    kind: "redis",
    rateLimit: new RedisTokenBucketStore(redis, `${prefix}rate:api:`, limits.rateLimitPerMinute),
    signInAttempts: new RedisTokenBucketStore(
      redis,
      `${prefix}rate:sign-in:`,
      limits.signInAttemptsPerMinute,
    ),
    loginThrottle: new RedisSignInThrottleStore(redis, `${prefix}sign-in:`),
    revokedSessions: new RedisRevokedSessionStore(redis, `${prefix}revoked:`),
    idempotency: new RedisIdempotencyStore(redis, `${prefix}idempotency:`),
    locks: new RedisLockStore(redis, `${prefix}lock:`),
    ping: async () => {
      await redis.run((client) => client.ping());
    },
  };
}

// Next.js may load a module once per route bundle; one process-wide instance keeps one budget
// per user across every route (and one Redis connection).
const KEY = Symbol.for("finerworks-dashboard.stores");
const holder = globalThis as typeof globalThis & { [KEY]?: Stores };

export function stores(): Stores {
  if (holder[KEY]) return holder[KEY];
  const config = serverConfig();
  const limits = {
    rateLimitPerMinute: config.rateLimitPerMinute,
    signInAttemptsPerMinute: config.signIn.attemptsPerMinute,
  };
  holder[KEY] = config.redisUrl
    ? redisStores(new RedisConnection(config.redisUrl), limits)
    : memoryStores(limits);
  return holder[KEY];
}

/** Tests swap in fresh stores (or fakes) between cases. */
export function setStoresForTests(replacement: Partial<Stores> | undefined): void {
  holder[KEY] = replacement ? { ...stores(), ...replacement } : undefined;
}
