import { describe, expect, it } from "vitest";
import { parsePrintSize } from "./parse-size";
import { productPrintSize } from "./product-size";

describe("parsePrintSize", () => {
  it.each([
    ['8 x 10"', 8, 10],
    ["8x10 in", 8, 10],
    ["8X10 IN", 8, 10],
    ["16 × 20 inches", 16, 20],
    ['8" x 10"', 8, 10],
    ["8 in x 10 in", 8, 10],
    ["12 by 18 inch", 12, 18],
    ['8.5 x 11"', 8.5, 11],
    ['8-1/2 x 11"', 8.5, 11],
    ['8.5" x 11"', 8.5, 11],
    ["40 x 60”", 40, 60],
    ['20 x 16"', 20, 16], // written order kept
    ['8 x 10" Archival Canvas Paper', 8, 10],
    ["Framed 11x14 in print", 11, 14],
    ["30 x 40 cm", 11.81, 15.75], // to 1/100 in
    ["20 x 30 cm", 7.87, 11.81],
    ["300 x 400 mm", 11.81, 15.75],
    ['Frame 13 x 15 Vermill Red 1-1/2", print 5 x 7"', 5, 7], // the frame has no unit
    ["<li>8 x 10&quot; Archival</li>", 8, 10],
    ["8&times;10 in", 8, 10],
  ])("%s is %d x %d in", (text, w, h) => {
    const size = parsePrintSize(text);
    expect(size?.width_in).toBeCloseTo(w, 9);
    expect(size?.height_in).toBeCloseTo(h, 9);
  });

  it.each([
    "",
    "Archival Canvas Paper",
    "8 x 10", // no unit
    "13 x 15 Vermill Red", // a frame label
    '5000 x 10"', // larger than any print
    "1920 x 1080 px",
    "800 x 600 pixels",
    "5M41M9S8X10F131S13X15J2S9X11G1", // a product code, not a size
    "0 x 10 in",
    "8 x", // half a size
    "x 10 in",
  ])("%j has no print size", (text) => {
    expect(parsePrintSize(text)).toBeNull();
  });

  it("takes the first size when there are several", () => {
    expect(parsePrintSize('8 x 10" print in a 13 x 15" frame')).toEqual({
      width_in: 8,
      height_in: 10,
    });
  });
});

describe("productPrintSize", () => {
  const base = { labels: null, description_short: null, description_long: null };

  it.each([
    ["product_size text", { ...base, product_size: "16 x 20 in" }, 16, 20],
    ["product_size object", { ...base, product_size: { width: 11, height: 14 } }, 11, 14],
    ["product_size w/h", { ...base, product_size: { w: 12, h: 18 } }, 12, 18],
    [
      "the media label, not the frame",
      {
        ...base,
        labels: [
          { key: "frame", value: '13 x 15 Vermill Red 1-1/2"', priority: 1 },
          { key: "media", value: '8 x 10" Archival Canvas Paper', priority: 1 },
        ],
      },
      8,
      10,
    ],
    [
      "the labels by priority",
      {
        ...base,
        labels: [
          { key: "style", value: '1 x 1" border', priority: 1 },
          { key: "media", value: '16 x 20" Photo Rag', priority: 2 },
        ],
      },
      16,
      20,
    ],
    [
      "the description",
      { ...base, description_long: "<h4>Giclee</h4><ul><li>12 x 18&quot; Photo Rag</li></ul>" },
      12,
      18,
    ],
  ])("reads %s", (_name, product, w, h) => {
    expect(productPrintSize(product)).toEqual({ width_in: w, height_in: h });
  });

  it("is null when nothing names a size", () => {
    expect(productPrintSize({ ...base, product_size: null })).toBeNull();
  });
});
