import { describe, expect, it } from "vitest";
import { aspectFamily } from "./aspect";
import { formatCrop, largestPrint, largestPrints, printSizeRows, printSummary } from "./readiness";
import { STANDARD_SIZES, sizeLabel } from "./sizes";

describe("printSummary", () => {
  it.each([
    // [pix_w, pix_h, label, aspect]
    [6000, 4000, "Up to 24 × 36 in", "2:3"], // 24x36 at 166 DPI; 30x40 at 133 is Low
    [4000, 6000, "Up to 24 × 36 in", "2:3"],
    [2400, 3000, "Up to 16 × 20 in", "4:5"], // exactly 150 DPI at 16 x 20
    [2399, 3000, "Up to 12 × 18 in", "4:5"], // 149.9 at 16 x 20; 12 x 18 at 166 crops but is Good
    [3000, 3000, "Up to 16 × 20 in", "1:1"],
    [1920, 1080, "Up to 5 × 7 in", "16:9"], // 5 x 7: min(1920/7, 1080/5) = 216
    [1080, 1920, "Up to 5 × 7 in", "16:9"],
    [900, 600, "Up to 4 × 6 in", "2:3"], // exactly 150 at 4 x 6
    [899, 600, "Under 4 × 6 in", "2:3"],
    [600, 400, "Under 4 × 6 in", "2:3"],
    [1, 1, "Under 4 × 6 in", "1:1"],
    [100_000, 100_000, "Up to 40 × 60 in", "1:1"],
    [9000, 6000, "Up to 40 × 60 in", "2:3"], // exactly 150 at 40 x 60
  ])("%i x %i px: %s, %s", (w, h, label, aspect) => {
    expect(printSummary(w, h)).toMatchObject({ label, aspect });
  });

  it("is null without pixels", () => {
    expect(printSummary(0, 4000)).toBeNull();
    expect(printSummary(Number.NaN, 4000)).toBeNull();
  });

  it("picks the largest Good size by area, even when a larger one crops more", () => {
    // A 3:1 panorama: long sizes print well because the short side limits less.
    const summary = printSummary(9000, 3000);
    const good = printSizeRows(9000, 3000).filter((r) => r.quality !== "Low");
    const byArea = good.sort(
      (a, b) => b.size.short_in * b.size.long_in - a.size.short_in * a.size.long_in,
    );
    expect(summary?.largest).toEqual(byArea[0]?.size);
  });
});

describe("printSizeRows", () => {
  it("lists every standard size with whole DPI, quality and crop", () => {
    const rows = printSizeRows(3000, 2400);
    expect(rows.map((r) => r.label)).toEqual(STANDARD_SIZES.map(sizeLabel));
    expect(rows.find((r) => r.label === "8 × 10 in")).toMatchObject({
      dpi: 300,
      quality: "Gallery",
      crop: 0,
    });
    expect(rows.find((r) => r.label === "16 × 20 in")).toMatchObject({ dpi: 150, quality: "Good" });
    expect(rows.find((r) => r.label === "40 × 60 in")).toMatchObject({ dpi: 50, quality: "Low" });
  });

  it("is empty without pixels", () => {
    expect(printSizeRows(0, 0)).toEqual([]);
  });
});

describe("largestPrint", () => {
  it("prints the whole image at the given DPI, short side first, in inches and cm", () => {
    expect(largestPrint(6000, 4000, 300)).toMatchObject({
      inches: "13.3 × 20 in",
      centimetres: "33.9 × 50.8 cm",
    });
    expect(largestPrint(4000, 6000, 150)).toMatchObject({
      inches: "26.7 × 40 in",
      centimetres: "67.7 × 101.6 cm",
    });
    expect(largestPrints(3000, 3000).map((p) => p.inches)).toEqual(["10 × 10 in", "20 × 20 in"]);
  });

  it("is null without pixels or DPI", () => {
    expect(largestPrint(0, 10, 300)).toBeNull();
    expect(largestPrint(10, 10, 0)).toBeNull();
    expect(largestPrints(0, 0)).toEqual([]);
  });
});

describe("aspectFamily", () => {
  it.each([
    [6000, 4000, "2:3"],
    [4000, 6000, "2:3"],
    [4000, 3000, "3:4"],
    [4000, 5000, "4:5"],
    [1000, 1000, "1:1"],
    [5000, 7000, "5:7"],
    [1100, 1400, "11:14"],
    [1920, 1080, "16:9"],
    [1080, 1920, "16:9"],
    [1001, 1500, "2:3"], // within 1%
    [1000, 3000, "1:3"], // reduced ratio
    [1000, 2350, "20:47"],
    [1000, 2353, "1:2.35"], // terms too large to read
  ])("%i x %i is %s", (w, h, family) => {
    expect(aspectFamily(w, h)).toBe(family);
  });

  it("is null without pixels", () => {
    expect(aspectFamily(0, 10)).toBeNull();
  });
});

describe("formatCrop", () => {
  it("rounds to a whole percent", () => {
    expect(formatCrop(0)).toBe("0%");
    expect(formatCrop(0.2)).toBe("20%");
    expect(formatCrop(0.1666)).toBe("17%");
  });
});
