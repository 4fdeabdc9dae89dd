// The behaviour every RateLimitStore must have (the API budget per user, sign-in attempts per
// address), without a fake clock so that a Redis implementation runs the same suite.
import { describe, expect, it } from "vitest";
import type { RateLimitStore } from "./rate-limit";

let counter = 0;
const freshKey = (name: string) => `${name}-${process.pid}-${Date.now()}-${counter++}`;

/** `make(perMinute)` builds a store allowing `perMinute` requests a minute per key. */
export function rateLimitStoreBehaviour(
  name: string,
  make: (perMinute: number) => RateLimitStore | Promise<RateLimitStore>,
): void {
  describe(`${name}: rate limit store`, () => {
    it("allows a burst of perMinute per key, then refuses with the wait until the next one", async () => {
      const store = await make(3);
      const [key, other] = [freshKey("a"), freshKey("b")];
      const taken = [];
      for (let i = 0; i < 3; i++) taken.push(await store.take(key));
      expect(taken.map((t) => t.allowed)).toEqual([true, true, true]);
      expect(taken.map((t) => t.remaining)).toEqual([2, 1, 0]);
      const refused = await store.take(key);
      expect(refused).toMatchObject({ allowed: false, remaining: 0 });
      expect(refused.retryAfterMs).toBeGreaterThan(15_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(20_000);
      expect((await store.take(other)).allowed).toBe(true);
    });

    it("refills over the minute", async () => {
      const store = await make(600); // one request every 100 ms
      const key = freshKey("r");
      // Empty the bucket (a networked store refills a little while 600 takes go by).
      let taken = 0;
      while ((await store.take(key)).allowed) taken++;
      expect(taken).toBeGreaterThanOrEqual(600);
      expect(taken).toBeLessThan(700);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await store.take(key)).allowed).toBe(true);
    });
  });
}
