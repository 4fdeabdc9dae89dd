// The stores' behaviour suites on a real redis-server (TEST_REDIS_URL; `npm test` starts one).
import { afterAll, describe, expect, it } from "vitest";
import { RedisConnection } from "@/lib/server/stores/redis-client";
import { idempotencyStoreBehaviour } from "./idempotency.behaviour";
import { lockStoreBehaviour } from "./lock.behaviour";
import { signInThrottleStoreBehaviour } from "./login-throttle.behaviour";
import { rateLimitStoreBehaviour } from "./rate-limit.behaviour";
import { RedisIdempotencyStore } from "./redis/idempotency";
import { RedisLockStore } from "./redis/lock";
import { RedisSignInThrottleStore } from "./redis/login-throttle";
import { RedisTokenBucketStore } from "./redis/rate-limit";
import { RedisRevokedSessionStore } from "./redis/revoked-sessions";
import { redisStores } from "./index";
import { revokedSessionStoreBehaviour } from "./revoked-sessions.behaviour";
import { isStoreUnavailable } from "./unavailable";

const url = process.env.TEST_REDIS_URL;
const prefix = `fwd-test:${process.pid}:`;

if (!url) {
  const why =
    "Redis store suites skipped: set TEST_REDIS_URL (npm test starts a redis-server when `redis-server` is installed)";
  process.stderr.write(`${why}\n`);
  describe("Redis stores", () => {
    it.skip(why, () => {});
  });
} else {
  const redis = new RedisConnection(url);
  afterAll(async () => {
    const keys = await redis.client.keys(`${prefix}*`);
    if (keys.length > 0) await redis.client.del(...keys);
    await redis.close();
  });

  rateLimitStoreBehaviour(
    "redis",
    (perMinute) => new RedisTokenBucketStore(redis, `${prefix}rate:${perMinute}:`, perMinute),
  );
  signInThrottleStoreBehaviour(
    "redis",
    () => new RedisSignInThrottleStore(redis, `${prefix}sign-in:`),
  );
  revokedSessionStoreBehaviour(
    "redis",
    () => new RedisRevokedSessionStore(redis, `${prefix}revoked:`),
  );
  idempotencyStoreBehaviour(
    "redis",
    (ttl, pendingTtl) => new RedisIdempotencyStore(redis, `${prefix}idem:`, ttl, pendingTtl),
  );
  lockStoreBehaviour("redis", () => new RedisLockStore(redis, `${prefix}lock:`));

  describe("Redis stores: keys and faults", () => {
    it("writes every key under the prefix, with a TTL", async () => {
      const stores = redisStores(
        redis,
        { rateLimitPerMinute: 5, signInAttemptsPerMinute: 5 },
        `${prefix}all:`,
      );
      await stores.rateLimit.take("user:a@example.com");
      await stores.signInAttempts.take("sign-in:192.0.2.1");
      await stores.loginThrottle.addFailure("pair:a|b", 60_000);
      await stores.loginThrottle.block("pair:a|b", 60_000);
      await stores.revokedSessions.revoke("sid:x", Date.now() + 60_000);
      await stores.idempotency.reserve("a@example.com\nk", "f");
      await stores.locks.acquire("scan", 60_000);
      const keys = await redis.client.keys(`${prefix}all:*`);
      expect(keys).toHaveLength(7);
      for (const key of keys) expect(await redis.client.pttl(key)).toBeGreaterThan(0);
    });

    it("fails fast with StoreUnavailableError when Redis is not there", async () => {
      const down = new RedisConnection("redis://127.0.0.1:1");
      const store = new RedisTokenBucketStore(down, prefix, 5);
      const started = performance.now();
      const error = await store.take("k").catch((e: unknown) => e);
      expect(isStoreUnavailable(error)).toBe(true);
      const again = await store.take("k").catch((e: unknown) => e);
      expect(isStoreUnavailable(again)).toBe(true);
      expect(performance.now() - started).toBeLessThan(1_500);
      await down.close();
    });
  });
}
