// The behaviour every IdempotencyStore must have, on real time (see login-throttle.behaviour).
import { describe, expect, it } from "vitest";
import type { IdempotencyStore } from "./idempotency";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let counter = 0;
const freshKey = () => `idem-${process.pid}-${Date.now()}-${counter++}`;

/** `make(ttlMs, pendingTtlMs)` builds a store with those lifetimes. */
export function idempotencyStoreBehaviour(
  name: string,
  make: (ttlMs: number, pendingTtlMs: number) => IdempotencyStore | Promise<IdempotencyStore>,
): void {
  describe(`${name}: idempotency store`, () => {
    it("reserves once, reports pending, then replays the stored answer with its fingerprint", async () => {
      const store = await make(10_000, 10_000);
      const key = freshKey();
      expect(await store.reserve(key, "f1")).toEqual({ state: "new" });
      expect(await store.reserve(key, "f2")).toEqual({ state: "pending", fingerprint: "f1" });
      await store.complete(key, "f1", { status: 201, body: { images: [{ title: "é" }] } });
      expect(await store.reserve(key, "f2")).toEqual({
        state: "done",
        fingerprint: "f1",
        response: { status: 201, body: { images: [{ title: "é" }] } },
      });
    });

    it("gives one of many concurrent reservations of a key the work", async () => {
      const store = await make(10_000, 10_000);
      const key = freshKey();
      const all = await Promise.all(Array.from({ length: 20 }, () => store.reserve(key, "f")));
      expect(all.filter((r) => r.state === "new")).toHaveLength(1);
      expect(all.filter((r) => r.state === "pending")).toHaveLength(19);
    });

    it("lets a released key run again, and only that key", async () => {
      const store = await make(10_000, 10_000);
      const [key, other] = [freshKey(), freshKey()];
      await store.reserve(key, "f");
      await store.reserve(other, "f");
      await store.release(key);
      expect(await store.reserve(key, "f")).toEqual({ state: "new" });
      expect((await store.reserve(other, "f")).state).toBe("pending");
    });

    it("frees an unfinished reservation after the pending lifetime, a finished one after the TTL", async () => {
      const store = await make(600, 200);
      const [stuck, done] = [freshKey(), freshKey()];
      await store.reserve(stuck, "f");
      await store.reserve(done, "f");
      await store.complete(done, "f", { status: 201, body: null });
      await sleep(300);
      expect(await store.reserve(stuck, "f")).toEqual({ state: "new" });
      expect((await store.reserve(done, "f")).state).toBe("done");
      await sleep(400);
      expect(await store.reserve(done, "f")).toEqual({ state: "new" });
    });
  });
}
