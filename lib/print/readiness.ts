// What an image can become: the line on cards ("Up to 8 × 10 in"), the "Print sizes" table of
// the image page and the largest print at a given resolution.
import { aspectFamily } from "./aspect";
import {
  GALLERY_DPI,
  GOOD_DPI,
  cropShare,
  displayDpi,
  hasPixels,
  printQuality,
  standardDpi,
  type PrintQuality,
} from "./dpi";
import { CM_PER_INCH, STANDARD_SIZES, formatLength, sizeLabel, type PrintSize } from "./sizes";

export interface PrintSizeRow {
  size: PrintSize;
  /** "8 × 10 in" */
  label: string;
  dpi: number;
  quality: PrintQuality;
  /** 0..1 of the image cut off to fill the print */
  crop: number;
}

export interface PrintSummary {
  /** Largest standard size by area at Good or better; null when even 4 x 6 is Low. */
  largest: PrintSize | null;
  /** "Up to 8 × 10 in" or "Under 4 × 6 in" */
  label: string;
  /** "2:3", "16:9", ... */
  aspect: string;
}

export function printSizeRows(pix_w: number, pix_h: number): PrintSizeRow[] {
  if (!hasPixels(pix_w, pix_h)) return [];
  return STANDARD_SIZES.map((size) => {
    const dpi = standardDpi(pix_w, pix_h, size);
    return {
      size,
      label: sizeLabel(size),
      dpi: displayDpi(dpi),
      quality: printQuality(dpi),
      crop: cropShare(pix_w, pix_h, size),
    };
  });
}

function area(size: PrintSize): number {
  return size.short_in * size.long_in;
}

/** The card line and aspect family; null when the pixels are unknown. */
export function printSummary(pix_w: number, pix_h: number): PrintSummary | null {
  const aspect = aspectFamily(pix_w, pix_h);
  if (aspect === null) return null;
  let largest: PrintSize | null = null;
  for (const row of printSizeRows(pix_w, pix_h)) {
    if (row.quality !== "Low" && (!largest || area(row.size) > area(largest))) largest = row.size;
  }
  const smallest = STANDARD_SIZES[0];
  const label = largest
    ? `Up to ${sizeLabel(largest)}`
    : `Under ${smallest ? sizeLabel(smallest) : "4 × 6 in"}`;
  return { largest, label, aspect };
}

export interface LargestPrint {
  dpi: number;
  short_in: number;
  long_in: number;
  /** "13.3 × 20 in" */
  inches: string;
  /** "33.9 × 50.8 cm" */
  centimetres: string;
}

/** The whole image printed at exactly `dpi`, short side first; null without pixels. */
export function largestPrint(pix_w: number, pix_h: number, dpi: number): LargestPrint | null {
  if (!hasPixels(pix_w, pix_h) || !(dpi > 0)) return null;
  const short_in = Math.min(pix_w, pix_h) / dpi;
  const long_in = Math.max(pix_w, pix_h) / dpi;
  return {
    dpi,
    short_in,
    long_in,
    inches: `${formatLength(short_in)} × ${formatLength(long_in)} in`,
    centimetres: `${formatLength(short_in * CM_PER_INCH)} × ${formatLength(long_in * CM_PER_INCH)} cm`,
  };
}

/** Largest prints at gallery (300) and good (150) resolution. */
export function largestPrints(pix_w: number, pix_h: number): LargestPrint[] {
  return [GALLERY_DPI, GOOD_DPI].flatMap((dpi) => largestPrint(pix_w, pix_h, dpi) ?? []);
}

/** "20%": the crop share as a whole percentage. */
export function formatCrop(share: number): string {
  return `${Math.round(share * 100)}%`;
}
