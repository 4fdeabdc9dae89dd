import { describe, expect, it } from "vitest";
import { MemoryIdempotencyStore } from "./idempotency";
import { idempotencyStoreBehaviour } from "./idempotency.behaviour";
import { MemoryLockStore } from "./lock";
import { lockStoreBehaviour } from "./lock.behaviour";
import { MemorySignInThrottleStore } from "./login-throttle";
import { signInThrottleStoreBehaviour } from "./login-throttle.behaviour";
import { MemoryTokenBucketStore } from "./rate-limit";
import { rateLimitStoreBehaviour } from "./rate-limit.behaviour";
import { MemoryRevokedSessionStore } from "./revoked-sessions";
import { revokedSessionStoreBehaviour } from "./revoked-sessions.behaviour";

describe("token bucket rate limit", () => {
  it("allows a burst of perMinute, then refuses with a retry time, then refills", async () => {
    const store = new MemoryTokenBucketStore(3);
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) expect((await store.take("u", t)).allowed).toBe(true);
    const refused = await store.take("u", t);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfterMs).toBe(20_000);
    expect((await store.take("u", t + 20_000)).allowed).toBe(true);
    expect((await store.take("other", t)).allowed).toBe(true);
  });

  it("keeps at most maxKeys buckets", async () => {
    const store = new MemoryTokenBucketStore(10, 2);
    for (const key of ["a", "b", "c", "d"]) await store.take(key, 0);
    expect((store as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(2);
  });
});

rateLimitStoreBehaviour("memory", (perMinute) => new MemoryTokenBucketStore(perMinute));
idempotencyStoreBehaviour(
  "memory",
  (ttl, pendingTtl) => new MemoryIdempotencyStore(ttl, pendingTtl),
);
lockStoreBehaviour("memory", () => new MemoryLockStore());
signInThrottleStoreBehaviour("memory", () => new MemorySignInThrottleStore());
revokedSessionStoreBehaviour("memory", () => new MemoryRevokedSessionStore());

describe("memory stores' bounds", () => {
  it("drops the oldest throttle keys past maxKeys, but never a live revocation", async () => {
    let now = 0;
    const throttle = new MemorySignInThrottleStore(() => now, 2);
    for (const key of ["a", "b", "c"]) await throttle.addFailure(key, 60_000);
    expect(await throttle.addFailure("a", 60_000)).toBe(1); // "a" was dropped
    const revoked = new MemoryRevokedSessionStore(() => now);
    for (let i = 0; i < 1_000; i++) await revoked.revoke(`sid:${i}`, 60_000);
    expect(await revoked.isRevoked("sid:0")).toBe(true);
    now = 60_000;
    expect(await revoked.isRevoked("sid:0")).toBe(false);
  });
});

describe("memory idempotency store", () => {
  it("holds a pending key for the pending lifetime and an answer for the TTL, from completion", async () => {
    const store = new MemoryIdempotencyStore(1_000, 100);
    expect(await store.reserve("k", "f1", 0)).toEqual({ state: "new" });
    expect(await store.reserve("k", "f1", 50)).toEqual({ state: "pending", fingerprint: "f1" });
    expect(await store.reserve("k", "f2", 100)).toEqual({ state: "new" });
    await store.complete("k", "f2", { status: 201, body: { images: [] } }, 500);
    expect((await store.reserve("k", "f2", 1_499)).state).toBe("done");
    expect(await store.reserve("k", "f2", 1_500)).toEqual({ state: "new" });
  });
});
