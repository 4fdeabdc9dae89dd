import { describe, expect, it } from "vitest";
import { parseCliConfig } from "./config";
import { bigSeed } from "./seed-big";

describe("the big seed", () => {
  const images = [...bigSeed(5_000, Date.UTC(2026, 0, 15))];
  const inventory = images.filter((i) => i.library === "inventory");
  const products = inventory.flatMap((i) => i.products ?? []);

  it("has the asked-for inventory images, a twentieth as many temporary ones, oldest first", () => {
    expect(inventory).toHaveLength(5_000);
    expect(images).toHaveLength(5_250);
    const times = images.map((i) => i.added_at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(images.map((i) => i.guid)).size).toBe(images.length);
  });

  it("puts 1 to 4 products on about a fifth of the inventory images", () => {
    const carrying = inventory.filter((i) => (i.products?.length ?? 0) > 0);
    expect(carrying.length / inventory.length).toBeGreaterThan(0.17);
    expect(carrying.length / inventory.length).toBeLessThan(0.23);
    for (const image of carrying) {
      expect(image.products!.length).toBeGreaterThanOrEqual(1);
      expect(image.products!.length).toBeLessThanOrEqual(4);
    }
    expect(images.filter((i) => i.library === "temporary").every((i) => !i.products)).toBe(true);
  });

  it.each([
    [
      "asking price at or below cost",
      (p: (typeof products)[number]) =>
        p.asking_price !== null && p.asking_price > 0 && p.asking_price <= p.per_item_price,
    ],
    ["no asking price", (p: (typeof products)[number]) => !p.asking_price],
    [
      "a thin margin",
      (p: (typeof products)[number]) =>
        p.asking_price !== null &&
        p.asking_price > p.per_item_price &&
        p.asking_price < p.per_item_price * 1.4,
    ],
  ])("has products with %s", (_name, test) => {
    expect(products.filter(test).length).toBeGreaterThan(products.length * 0.01);
  });

  it("has inactive images and SKUs repeated on another image", () => {
    expect(inventory.filter((i) => !i.active).length).toBeGreaterThan(inventory.length * 0.04);
    const imagesBySku = new Map<string, Set<string>>();
    for (const image of inventory)
      for (const p of image.products ?? [])
        imagesBySku.set(p.sku, (imagesBySku.get(p.sku) ?? new Set()).add(image.guid));
    const repeated = [...imagesBySku.values()].filter((g) => g.size > 1);
    expect(repeated.length).toBeGreaterThan(5);
  });

  it("prints from 5x7 to 40x60 inches", () => {
    const sizes = new Set(
      products.map((p) => p.labels?.find((l) => l.key === "media")?.value?.split('"')[0]),
    );
    expect(sizes).toContain("5 x 7");
    expect(sizes).toContain("40 x 60");
    expect(sizes).toContain("60 x 40");
  });

  it("is the same on every run", () => {
    const again = [...bigSeed(5_000, Date.UTC(2026, 0, 15))];
    expect(again.map((i) => i.guid)).toEqual(images.map((i) => i.guid));
    expect(again[4_000]).toEqual(images[4_000]);
  });

  it("is asked for with --images N", () => {
    expect(parseCliConfig(["--reset", "--images", "100000"], { NODE_ENV: "test" }).images).toBe(
      100_000,
    );
    expect(parseCliConfig([], { NODE_ENV: "test" }).images).toBeUndefined();
    expect(() => parseCliConfig(["--images", "lots"], { NODE_ENV: "test" })).toThrow();
  });
});
