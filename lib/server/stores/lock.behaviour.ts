// The behaviour every LockStore must have, on real time (see login-throttle.behaviour).
import { describe, expect, it } from "vitest";
import { withLock, type LockStore } from "./lock";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let counter = 0;
const freshName = () => `lock-${process.pid}-${Date.now()}-${counter++}`;

export function lockStoreBehaviour(name: string, make: () => LockStore | Promise<LockStore>): void {
  describe(`${name}: lock store`, () => {
    it("gives a free lock to one of many concurrent takers", async () => {
      const locks = await make();
      const lock = freshName();
      const tokens = await Promise.all(
        Array.from({ length: 20 }, () => locks.acquire(lock, 5_000)),
      );
      expect(tokens.filter((t) => t !== null)).toHaveLength(1);
      expect(await locks.acquire(freshName(), 5_000)).not.toBeNull();
    });

    it("is free again after release, and only its token releases it", async () => {
      const locks = await make();
      const lock = freshName();
      const token = await locks.acquire(lock, 5_000);
      expect(token).not.toBeNull();
      expect(await locks.release(lock, "someone-else")).toBe(false);
      expect(await locks.acquire(lock, 5_000)).toBeNull();
      expect(await locks.release(lock, token ?? "")).toBe(true);
      expect(await locks.acquire(lock, 5_000)).not.toBeNull();
    });

    it("frees a lock whose lease ran out; the old holder cannot free the new one's", async () => {
      const locks = await make();
      const lock = freshName();
      const first = await locks.acquire(lock, 150);
      await sleep(250);
      const second = await locks.acquire(lock, 5_000);
      expect(second).not.toBeNull();
      expect(await locks.release(lock, first ?? "")).toBe(false);
      expect(await locks.acquire(lock, 5_000)).toBeNull();
    });

    it("withLock runs the work once at a time and frees the lock after, even when it throws", async () => {
      const locks = await make();
      const lock = freshName();
      let inside = 0;
      let most = 0;
      const work = async () => {
        most = Math.max(most, ++inside);
        await sleep(50);
        inside--;
        return "done";
      };
      const runs = await Promise.all([1, 2, 3].map(() => withLock(locks, lock, 5_000, work)));
      expect(runs.filter((r) => r.ran)).toHaveLength(1);
      expect(most).toBe(1);
      await expect(
        withLock(locks, lock, 5_000, () => Promise.reject(new Error("boom"))),
      ).rejects.toThrow("boom");
      expect(await withLock(locks, lock, 5_000, work)).toEqual({ ran: true, value: "done" });
    });
  });
}
