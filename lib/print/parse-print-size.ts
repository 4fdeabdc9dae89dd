// A product's print size in inches, read from what FinerWorks says about it: `product_size` when
// it carries one, else the labels (highest priority first, the media label says `8 x 10" ...`),
// else the description. Only a size with a unit counts ("13 x 15 Vermill Red" is not one).
import type { ProductLabel } from "@/lib/finerworks/schemas";

export interface PrintSize {
  width_in: number;
  height_in: number;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?(?:[- ]\d+/\d+)?|\d+/\d+)`;
const UNIT = String.raw`("|”|''|in\b|inch(?:es)?\b|cm\b)`;
const SIZE = new RegExp(String.raw`${NUMBER}\s*"?\s*[x×]\s*${NUMBER}\s*${UNIT}`, "i");
const CM_PER_INCH = 2.54;
const MAX_INCHES = 1_000;

/** `8`, `8.5`, `8-1/2`, `8 1/2` or `1/2` as a number. */
function readNumber(text: string): number {
  const mixed = /^(\d+(?:\.\d+)?)[- ](\d+)\/(\d+)$/.exec(text);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const fraction = /^(\d+)\/(\d+)$/.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return Number(text);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The first `W x H"` (or `in`, `inches`, `cm`) in `text`, in inches; null when there is none. */
export function parsePrintSize(text: string): PrintSize | null {
  const match = SIZE.exec(text);
  if (!match) return null;
  const [, w = "", h = "", unit = ""] = match;
  const scale = unit.toLowerCase() === "cm" ? 1 / CM_PER_INCH : 1;
  const width = readNumber(w) * scale;
  const height = readNumber(h) * scale;
  const valid = (n: number) => Number.isFinite(n) && n > 0 && n <= MAX_INCHES;
  if (!valid(width) || !valid(height)) return null;
  return { width_in: round(width), height_in: round(height) };
}

function fromProductSize(value: unknown): PrintSize | null {
  if (typeof value === "string") return parsePrintSize(value);
  if (!value || typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  const width = record.width ?? record.width_in ?? record.w;
  const height = record.height ?? record.height_in ?? record.h;
  if (typeof width === "number" && typeof height === "number" && width > 0 && height > 0)
    return { width_in: round(width), height_in: round(height) };
  return null;
}

/** The print size of a product from its product_size, labels, then description. */
export function productPrintSize(product: {
  product_size: unknown;
  labels: readonly ProductLabel[] | null;
  description_short?: string | null;
  description_long: string | null;
}): PrintSize | null {
  const given = fromProductSize(product.product_size);
  if (given) return given;
  const labels = [...(product.labels ?? [])].sort((a, b) => b.priority - a.priority);
  for (const label of labels) {
    const size = label.value ? parsePrintSize(label.value) : null;
    if (size) return size;
  }
  for (const text of [product.description_short, product.description_long]) {
    // Tags removed so `<li>8 x 10"</li>` reads as text.
    const size = text ? parsePrintSize(text.replace(/<[^>]*>/g, " ")) : null;
    if (size) return size;
  }
  return null;
}
