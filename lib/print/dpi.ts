// Resolution of an image printed at a size, cropped to fill: the print's short side lies along
// the image's short side, and the image is scaled until it covers the whole print.
import { REFERENCE_SIZE, type PrintSize } from "./sizes";

export type Orientation = "portrait" | "landscape" | "square";
export type PrintQuality = "Gallery" | "Good" | "Low";

export const GALLERY_DPI = 300;
export const GOOD_DPI = 150;

/** True when both pixel counts are positive finite numbers. */
export function hasPixels(pix_w: unknown, pix_h: unknown): boolean {
  return (
    typeof pix_w === "number" &&
    typeof pix_h === "number" &&
    Number.isFinite(pix_w) &&
    Number.isFinite(pix_h) &&
    pix_w > 0 &&
    pix_h > 0
  );
}

export function orientation(pix_w: number, pix_h: number): Orientation {
  return pix_w > pix_h ? "landscape" : pix_h > pix_w ? "portrait" : "square";
}

function sides(a: number, b: number): { short: number; long: number } {
  return a <= b ? { short: a, long: b } : { short: b, long: a };
}

/** DPI of a print of `size` (either orientation given) cropped to fill; 0 without pixels. */
export function printDpi(
  pix_w: number,
  pix_h: number,
  size: { width_in: number; height_in: number },
): number {
  if (!hasPixels(pix_w, pix_h) || !(size.width_in > 0) || !(size.height_in > 0)) return 0;
  const px = sides(pix_w, pix_h);
  const inches = sides(size.width_in, size.height_in);
  return Math.min(px.long / inches.long, px.short / inches.short);
}

/** The same, for a size from the standard table. */
export function standardDpi(pix_w: number, pix_h: number, size: PrintSize): number {
  return printDpi(pix_w, pix_h, { width_in: size.short_in, height_in: size.long_in });
}

/** Share of the image's pixels cut off when it fills the print (0 when the aspects match). */
export function cropShare(pix_w: number, pix_h: number, size: PrintSize): number {
  const dpi = standardDpi(pix_w, pix_h, size);
  if (dpi === 0) return 0;
  const kept = (size.short_in * dpi * size.long_in * dpi) / (pix_w * pix_h);
  const share = 1 - kept;
  return share < 1e-9 ? 0 : share;
}

export function printQuality(dpi: number): PrintQuality {
  const whole = displayDpi(dpi);
  return whole >= GALLERY_DPI ? "Gallery" : whole >= GOOD_DPI ? "Good" : "Low";
}

/** Whole dots per inch as shown: rounded down, so 299.9 never reads as gallery's 300. */
export function displayDpi(dpi: number): number {
  return Math.floor(dpi + 1e-9);
}

/**
 * Cannot print 8 x 10 in at 150 DPI (the "Low resolution" triage view and add-form warning).
 * Unknown pixels are not judged.
 */
export function isLowResolution(pix_w: number, pix_h: number): boolean {
  return (
    hasPixels(pix_w, pix_h) && displayDpi(standardDpi(pix_w, pix_h, REFERENCE_SIZE)) < GOOD_DPI
  );
}

/** Whole DPI of a product's print size, or null when its size or the image's pixels are unknown. */
export function productDpi(
  pix_w: number | null | undefined,
  pix_h: number | null | undefined,
  size: { width_in: number; height_in: number } | null | undefined,
): number | null {
  if (!size || !pix_w || !pix_h || !hasPixels(pix_w, pix_h)) return null;
  return displayDpi(printDpi(pix_w, pix_h, size));
}
