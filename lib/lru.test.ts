import { describe, expect, it } from "vitest";
import { BoundedLru, loadOnce } from "./lru";

describe("bounded LRU", () => {
  it("drops the least recently used entry once over the cap", () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.set("c", 3);
    expect(lru.size).toBe(2);
    expect(lru.get("a")).toBeUndefined();
    expect(lru.get("b")).toBe(2);
    expect(lru.get("c")).toBe(3);
  });

  it("counts a read as a use, so a hot entry survives", () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1);
    lru.set("c", 3);
    expect(lru.get("a")).toBe(1);
    expect(lru.get("b")).toBeUndefined();
  });

  it("replaces a value in place without growing, and remembers falsy values", () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set("a", 0);
    lru.set("a", 1);
    lru.set("b", 0);
    expect(lru.size).toBe(2);
    expect(lru.get("a")).toBe(1);
    expect(lru.get("b")).toBe(0);
    lru.delete("a");
    expect(lru.get("a")).toBeUndefined();
    lru.clear();
    expect(lru.size).toBe(0);
  });

  it("refuses a cap that is not a positive integer", () => {
    expect(() => new BoundedLru(0)).toThrow(RangeError);
    expect(() => new BoundedLru(1.5)).toThrow(RangeError);
  });

  it("drops exactly the entries a predicate picks", () => {
    const lru = new BoundedLru<string, number>(5);
    for (const [k, v] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ] as const)
      lru.set(k, v);
    lru.deleteWhere((value) => value % 2 === 1);
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual([undefined, 2, undefined]);
    expect(lru.size).toBe(1);
  });
});

describe("loadOnce", () => {
  it("shares one load between callers and forgets a load that failed", async () => {
    const cache = new BoundedLru<string, Promise<number>>(2);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await Promise.all([loadOnce(cache, "k", load), loadOnce(cache, "k", load)])).toEqual([
      1, 1,
    ]);
    const failing = loadOnce(cache, "bad", () => Promise.reject(new Error("down")));
    await expect(failing).rejects.toThrow("down");
    expect(cache.get("bad")).toBeUndefined();
    expect(await loadOnce(cache, "bad", load)).toBe(2);
  });
});
