import { describe, expect, it } from "vitest";
import {
  cropShare,
  displayDpi,
  isLowResolution,
  orientation,
  printDpi,
  printQuality,
  standardDpi,
} from "./dpi";

const EIGHT_BY_TEN = { short_in: 8, long_in: 10 };

describe("printDpi (crop to fill)", () => {
  it.each([
    // [pix_w, pix_h, width_in, height_in, dpi]
    [2400, 3000, 8, 10, 300], // exactly gallery
    [3000, 2400, 8, 10, 300], // landscape image, size given portrait: turned to match
    [3000, 2400, 10, 8, 300],
    [2400, 3000, 10, 8, 300],
    [1200, 1500, 8, 10, 150], // exactly the minimum
    [2399, 3000, 8, 10, 299.875],
    [1199, 1500, 8, 10, 149.875],
    [3000, 3000, 8, 10, 300], // square: the long print side limits
    [6000, 4000, 8, 10, 500], // 2:3 on 4:5: the short side limits (8 in across 4000 px)
    [600, 400, 8, 10, 50],
    [1, 1, 4, 6, 1 / 6],
    [100_000, 100_000, 40, 60, 100_000 / 60],
  ])("%i x %i px at %i x %i in is %d DPI", (w, h, wi, hi, dpi) => {
    expect(printDpi(w, h, { width_in: wi, height_in: hi })).toBeCloseTo(dpi, 9);
  });

  it.each([
    [0, 100],
    [100, 0],
    [-1, 100],
    [Number.NaN, 100],
    [Number.POSITIVE_INFINITY, 100],
  ])("is 0 without usable pixels (%d x %d)", (w, h) => {
    expect(printDpi(w, h, { width_in: 8, height_in: 10 })).toBe(0);
  });

  it("is 0 for a size without area", () => {
    expect(printDpi(2400, 3000, { width_in: 0, height_in: 10 })).toBe(0);
    expect(printDpi(2400, 3000, { width_in: 8, height_in: -10 })).toBe(0);
  });
});

describe("printQuality", () => {
  it.each([
    [1000, "Gallery"],
    [300, "Gallery"],
    [299.999, "Good"],
    [299.9999999999, "Gallery"], // float noise from a division that should be exact
    [150, "Good"],
    [149.9, "Low"],
    [0, "Low"],
  ] as const)("%d DPI is %s", (dpi, quality) => {
    expect(printQuality(dpi)).toBe(quality);
  });

  it("shows whole DPI rounded down, so a Good size never reads 300", () => {
    expect(displayDpi(299.875)).toBe(299);
    expect(displayDpi(300)).toBe(300);
    expect(displayDpi(149.99)).toBe(149);
  });
});

describe("cropShare", () => {
  it.each([
    [2400, 3000, EIGHT_BY_TEN, 0], // same aspect
    [3000, 2400, EIGHT_BY_TEN, 0], // same aspect, turned
    [3000, 3000, EIGHT_BY_TEN, 0.2], // square onto 4:5 loses a fifth
    [6000, 4000, EIGHT_BY_TEN, 1 - (8 * 500 * 10 * 500) / (6000 * 4000)], // 2:3 onto 4:5: a sixth
    [6000, 4000, { short_in: 8, long_in: 12 }, 0],
    [3000, 1000, { short_in: 4, long_in: 6 }, 0.5], // a 3:1 panorama onto 2:3 loses half
  ])("%i x %i px onto %o crops %d", (w, h, size, share) => {
    expect(cropShare(w, h, size)).toBeCloseTo(share, 9);
  });

  it("is 0 without pixels", () => {
    expect(cropShare(0, 0, EIGHT_BY_TEN)).toBe(0);
  });
});

describe("orientation", () => {
  it.each([
    [4000, 3000, "landscape"],
    [3000, 4000, "portrait"],
    [3000, 3000, "square"],
  ] as const)("%i x %i is %s", (w, h, o) => {
    expect(orientation(w, h)).toBe(o);
  });
});

describe("isLowResolution (8 x 10 in at 150 DPI)", () => {
  it.each([
    [1200, 1500, false],
    [1500, 1200, false],
    [1199, 1500, true],
    [1200, 1499, true],
    [1500, 1500, false], // square: 1500 / 10 = 150
    [1499, 1499, true],
    [600, 400, true],
    [0, 0, false], // unknown pixels are not judged
  ])("%i x %i px: %s", (w, h, low) => {
    expect(isLowResolution(w, h)).toBe(low);
  });

  it("agrees with standardDpi", () => {
    expect(standardDpi(1200, 1500, EIGHT_BY_TEN)).toBe(150);
  });
});
