import { describe, expect, it } from "vitest";
import { MemoryIdempotencyStore } from "./idempotency";
import { MemoryLoginThrottleStore } from "./login-throttle";
import { MemoryTokenBucketStore } from "./rate-limit";

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

describe("login throttle", () => {
  it("locks an email for 15 minutes after 5 failures within 15 minutes", async () => {
    const store = new MemoryLoginThrottleStore();
    const t = 5_000_000;
    for (let i = 0; i < 4; i++)
      expect((await store.recordFailure("a@x.io", t + i * 60_000)).locked).toBe(false);
    const fifth = await store.recordFailure("a@x.io", t + 4 * 60_000);
    expect(fifth).toEqual({ locked: true, retryAfterMs: 15 * 60_000 });
    expect((await store.check("a@x.io", t + 18 * 60_000)).locked).toBe(true);
    expect((await store.check("b@x.io", t + 5 * 60_000)).locked).toBe(false);
    expect((await store.check("a@x.io", t + 19 * 60_000 + 1)).locked).toBe(false);
  });

  it("forgets failures older than the window and resets on success", async () => {
    const store = new MemoryLoginThrottleStore();
    for (let i = 0; i < 4; i++) await store.recordFailure("a@x.io", i * 60_000);
    expect((await store.recordFailure("a@x.io", 16 * 60_000)).locked).toBe(false); // the first ones expired
    await store.reset("a@x.io");
    for (let i = 0; i < 4; i++)
      expect((await store.recordFailure("a@x.io", 17 * 60_000)).locked).toBe(false);
  });
});

describe("idempotency store", () => {
  it("reserves once, reports pending, then replays the stored answer until the key expires", async () => {
    const store = new MemoryIdempotencyStore(1_000);
    expect(await store.reserve("k", "f1", 0)).toEqual({ state: "new" });
    expect(await store.reserve("k", "f1", 10)).toEqual({ state: "pending", fingerprint: "f1" });
    await store.complete("k", { status: 201, body: { images: [] } });
    expect(await store.reserve("k", "f2", 20)).toEqual({
      state: "done",
      fingerprint: "f1",
      response: { status: 201, body: { images: [] } },
    });
    expect(await store.reserve("k", "f1", 1_001)).toEqual({ state: "new" });
  });

  it("lets a released key run again", async () => {
    const store = new MemoryIdempotencyStore();
    await store.reserve("k", "f", 0);
    await store.release("k");
    expect(await store.reserve("k", "f", 1)).toEqual({ state: "new" });
  });
});
