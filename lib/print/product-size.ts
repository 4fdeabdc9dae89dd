// A product's print size: FinerWorks' `product_size` when it says one, else its labels (highest
// priority first; the media label says `8 x 10" ...`), else the descriptions. A frame label's
// "13 x 15 Vermill Red" has no unit, so it is not read as the print.
import { parsePrintSize, type ParsedPrintSize } from "./parse-size";

export interface ProductSizeSource {
  product_size?: unknown;
  labels?: readonly { key: string; value: string | null; priority?: number }[] | null;
  description_short?: string | null;
  description_long?: string | null;
}

function fromProductSize(value: unknown): ParsedPrintSize | null {
  if (typeof value === "string") return parsePrintSize(value);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const width = record.width_in ?? record.width ?? record.w;
    const height = record.height_in ?? record.height ?? record.h;
    if (typeof width === "number" && typeof height === "number" && width > 0 && height > 0) {
      return { width_in: width, height_in: height };
    }
  }
  return null;
}

export function productPrintSize(product: ProductSizeSource): ParsedPrintSize | null {
  const direct = fromProductSize(product.product_size);
  if (direct) return direct;
  const labels = [...(product.labels ?? [])].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  for (const label of labels) {
    const parsed = label.value ? parsePrintSize(label.value) : null;
    if (parsed) return parsed;
  }
  for (const text of [product.description_short, product.description_long]) {
    const parsed = text ? parsePrintSize(text) : null;
    if (parsed) return parsed;
  }
  return null;
}
