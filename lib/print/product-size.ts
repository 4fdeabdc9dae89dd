// A product's print size: FinerWorks' `product_size` when it says one, else the labels that
// name the print (media, size), else the descriptions. The frame label is skipped: its size is
// the outside of the frame, not the print.
import { parsePrintSize, type ParsedPrintSize } from "./parse-size";

export interface ProductSizeSource {
  product_size?: unknown;
  labels?: readonly { key: string; value: string | null }[] | null;
  description_short?: string | null;
  description_long?: string | null;
  name?: string | null;
}

const SIZE_LABELS = ["size", "print size", "media"];

function fromProductSize(value: unknown): ParsedPrintSize | null {
  if (typeof value === "string") return parsePrintSize(value);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const width = record.width_in ?? record.width;
    const height = record.height_in ?? record.height;
    if (typeof width === "number" && typeof height === "number" && width > 0 && height > 0) {
      return { width_in: width, height_in: height };
    }
  }
  return null;
}

export function productPrintSize(product: ProductSizeSource): ParsedPrintSize | null {
  const direct = fromProductSize(product.product_size);
  if (direct) return direct;
  const labels = product.labels ?? [];
  for (const key of SIZE_LABELS) {
    const label = labels.find((l) => l.key.toLowerCase() === key);
    const parsed = label?.value ? parsePrintSize(label.value) : null;
    if (parsed) return parsed;
  }
  for (const text of [product.description_short, product.description_long, product.name]) {
    const parsed = text ? parsePrintSize(text) : null;
    if (parsed) return parsed;
  }
  return null;
}
