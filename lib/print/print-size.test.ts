import { describe, expect, it } from "vitest";
import { printDpi } from "./dpi";
import { parsePrintSize, productPrintSize } from "./parse-print-size";

describe("parsePrintSize", () => {
  it.each([
    ['8 x 10" Archival Canvas Paper', { width_in: 8, height_in: 10 }],
    ['8x10"', { width_in: 8, height_in: 10 }],
    ["16 X 20 in", { width_in: 16, height_in: 20 }],
    ["24 × 36 inches", { width_in: 24, height_in: 36 }],
    ['8-1/2 x 11"', { width_in: 8.5, height_in: 11 }],
    ['8.5" x 11"', { width_in: 8.5, height_in: 11 }],
    ["40 x 60”", { width_in: 40, height_in: 60 }],
    ["20 x 30 cm", { width_in: 7.87, height_in: 11.81 }],
    ['Frame 13 x 15 Vermill Red 1-1/2", print 5 x 7"', { width_in: 5, height_in: 7 }],
  ])("reads %s", (text, size) => {
    expect(parsePrintSize(text)).toEqual(size);
  });

  it.each([
    "13 x 15 Vermill Red",
    "5M41M9S8X10F131S13X15",
    "Metal Print",
    "",
    '0 x 10"',
    '5000 x 10"',
  ])("finds no size in %s", (text) => {
    expect(parsePrintSize(text)).toBeNull();
  });
});

describe("productPrintSize", () => {
  const base = { product_size: null, labels: null, description_long: null };

  it("prefers product_size, as text or as numbers", () => {
    expect(productPrintSize({ ...base, product_size: '11 x 14"' })).toEqual({
      width_in: 11,
      height_in: 14,
    });
    expect(productPrintSize({ ...base, product_size: { width: 12, height: 18 } })).toEqual({
      width_in: 12,
      height_in: 18,
    });
  });

  it("then the labels by priority, then the description without its tags", () => {
    const labels = [
      { key: "frame", value: '13 x 15 Red 1-1/2"', priority: 1 },
      { key: "media", value: '8 x 10" Photo Rag', priority: 2 },
    ];
    expect(productPrintSize({ ...base, labels })).toEqual({ width_in: 8, height_in: 10 });
    expect(
      productPrintSize({ ...base, description_long: '<ul><li>30 x 20"<ul><li>x</li></ul></li>' }),
    ).toEqual({ width_in: 30, height_in: 20 });
    expect(productPrintSize(base)).toBeNull();
  });
});

describe("printDpi", () => {
  it.each([
    [4000, 3000, { width_in: 8, height_in: 10 }, 375],
    [3000, 4000, { width_in: 10, height_in: 8 }, 375],
    [6000, 4000, { width_in: 40, height_in: 60 }, 100],
    [2400, 3000, { width_in: 8, height_in: 10 }, 300],
    [1000, 1000, { width_in: 5, height_in: 7 }, 142],
  ])("%i x %i px at %o is %i DPI", (w, h, size, dpi) => {
    expect(printDpi(w, h, size)).toBe(dpi);
  });

  it("is unknown without pixels or a size", () => {
    expect(printDpi(null, 100, { width_in: 1, height_in: 1 })).toBeNull();
    expect(printDpi(100, 0, { width_in: 1, height_in: 1 })).toBeNull();
    expect(printDpi(100, 100, null)).toBeNull();
  });
});
