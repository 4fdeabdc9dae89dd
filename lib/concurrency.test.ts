import { describe, expect, it } from "vitest";
import { mapWithConcurrency } from "./concurrency";

describe("mapWithConcurrency", () => {
  it("keeps results in order whatever finishes first", async () => {
    const result = await mapWithConcurrency([30, 10, 20], 2, async (ms, i) => {
      await new Promise((r) => setTimeout(r, ms));
      return i;
    });
    expect(result).toEqual([0, 1, 2]);
  });

  it("never has more than the limit in flight", async () => {
    let inFlight = 0;
    let most = 0;
    await mapWithConcurrency(
      Array.from({ length: 9 }, (_, i) => i),
      3,
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
      },
    );
    expect(most).toBe(3);
  });

  it("does nothing for no items", async () => {
    expect(await mapWithConcurrency([], 4, () => Promise.reject(new Error("called")))).toEqual([]);
  });
});
