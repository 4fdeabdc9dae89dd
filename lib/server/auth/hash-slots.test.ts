import { describe, expect, it } from "vitest";
import { ConcurrencyLimit } from "./hash-slots";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("concurrency limit", () => {
  it.each([1, 2, 3])("runs at most %i tasks at once, in order, through failures", async (max) => {
    const limit = new ConcurrencyLimit(max);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        limit.run(async () => {
          started.push(i);
          peak = Math.max(peak, ++running);
          await tick();
          running--;
          if (i % 3 === 0) throw new Error(`task ${i}`);
          return i;
        }),
      ),
    );
    expect(peak).toBe(max);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(4);
    // Still usable afterwards: every slot was given back.
    await expect(limit.run(() => Promise.resolve("again"))).resolves.toBe("again");
  });
});
