// Reads a print size out of the free text FinerWorks gives a product: `8 x 10"`, `8x10 in`,
// `16 × 20 inches`, `8-1/2 x 11"`, `30 x 40 cm`. Sizes are returned in inches (to 1/100), in
// written order. Only a size with a unit counts: "13 x 15 Vermill Red" names a frame, not a print.
import { CM_PER_INCH } from "./sizes";

export interface ParsedPrintSize {
  width_in: number;
  height_in: number;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?(?:(?:\s+|-)\d+/\d+)?|\d+/\d+)`;
const UNIT = String.raw`("|”|''|inch(?:es)?\b|in\b|cm\b|mm\b|px\b|pixels?\b)`;
// Not inside a longer token: product codes like 5M41M9S8X10F131 carry sizes that are not prints.
const SIZE = new RegExp(
  String.raw`(?<![\w./-])${NUMBER}\s*${UNIT}?\s*(?:x|×|by|\*)\s*${NUMBER}(?:\s*${UNIT})?(?![\w/])`,
  "giu",
);
/** Larger than any lab prints: a misread number, not a size. */
const MAX_INCHES = 1_000;

function parseNumber(text: string): number {
  const mixed = /^(\d+(?:\.\d+)?)(?:(?:\s+|-)(\d+)\/(\d+))?$/.exec(text);
  if (mixed) {
    const whole = Number(mixed[1]);
    return mixed[2] && mixed[3] ? whole + Number(mixed[2]) / Number(mixed[3]) : whole;
  }
  const fraction = /^(\d+)\/(\d+)$/.exec(text);
  return fraction ? Number(fraction[1]) / Number(fraction[2]) : Number.NaN;
}

const round = (n: number) => Math.round(n * 100) / 100;

function inchesPer(unit: string | undefined): number | null {
  switch (unit?.toLowerCase()) {
    case '"':
    case "”":
    case "''":
    case "in":
    case "inch":
    case "inches":
      return 1;
    case "cm":
      return 1 / CM_PER_INCH;
    case "mm":
      return 1 / (10 * CM_PER_INCH);
    default:
      return null; // no unit, or pixels: not a print size
  }
}

/** HTML descriptions: tags become spaces, the entities a size uses become characters. */
function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/&quot;|&#0*34;|&#x0*22;/gi, '"')
    .replace(/&times;|&#0*215;|&#x0*d7;/gi, "×")
    .replace(/&nbsp;|&#0*160;/gi, " ");
}

/** The first print size in `text`, or null. */
export function parsePrintSize(text: string): ParsedPrintSize | null {
  for (const match of plainText(text).matchAll(SIZE)) {
    const [, a, unitA, b, unitB] = match;
    if (!a || !b) continue;
    const unit = unitB ?? unitA;
    const factor = inchesPer(unit);
    const width = parseNumber(a);
    const height = parseNumber(b);
    const w = round(width * (factor ?? Number.NaN));
    const h = round(height * (factor ?? Number.NaN));
    if (w > 0 && h > 0 && w <= MAX_INCHES && h <= MAX_INCHES) return { width_in: w, height_in: h };
  }
  return null;
}
