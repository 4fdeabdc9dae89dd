// The behaviour every SignInThrottleStore must have, on real time with short windows so that a
// Redis implementation (whose keys expire on Redis's clock) runs the same suite.
import { describe, expect, it } from "vitest";
import type { SignInThrottleStore } from "./login-throttle";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let counter = 0;
const freshKey = (name: string) => `${name}-${process.pid}-${Date.now()}-${counter++}`;

export function signInThrottleStoreBehaviour(
  name: string,
  make: () => SignInThrottleStore | Promise<SignInThrottleStore>,
): void {
  describe(`${name}: sign-in throttle store`, () => {
    it("counts failures per key within a window that starts at the first failure", async () => {
      const store = await make();
      const [a, b] = [freshKey("a"), freshKey("b")];
      expect(await store.addFailure(a, 300)).toBe(1);
      expect(await store.addFailure(a, 300)).toBe(2);
      expect(await store.addFailure(b, 300)).toBe(1);
      await sleep(150);
      expect(await store.addFailure(a, 300)).toBe(3); // a later failure does not move the window
      await sleep(250);
      expect(await store.addFailure(a, 300)).toBe(1);
    });

    it("forgets a key's failures when cleared, and only that key's", async () => {
      const store = await make();
      const [a, b] = [freshKey("a"), freshKey("b")];
      await store.addFailure(a, 10_000);
      await store.addFailure(b, 10_000);
      await store.clearFailures(a);
      expect(await store.addFailure(a, 10_000)).toBe(1);
      expect(await store.addFailure(b, 10_000)).toBe(2);
    });

    it("blocks a key for a while and tells how long is left", async () => {
      const store = await make();
      const [a, b] = [freshKey("a"), freshKey("b")];
      expect(await store.blockedForMs(a)).toBe(0);
      await store.block(a, 250);
      const left = await store.blockedForMs(a);
      expect(left).toBeGreaterThan(150);
      expect(left).toBeLessThanOrEqual(250);
      expect(await store.blockedForMs(b)).toBe(0);
      await sleep(300);
      expect(await store.blockedForMs(a)).toBe(0);
    });

    it("keeps failures and blocks apart (a block does not count, clearing does not unblock)", async () => {
      const store = await make();
      const key = freshKey("k");
      await store.block(key, 10_000);
      expect(await store.addFailure(key, 10_000)).toBe(1);
      await store.clearFailures(key);
      expect(await store.blockedForMs(key)).toBeGreaterThan(0);
    });
  });
}
