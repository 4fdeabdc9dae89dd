import {
  displayDpi,
  GOOD_DPI,
  printDpi,
  productPrintSize,
  type ProductSizeSource,
} from "@/lib/print";
import { Badge } from "@/components/ui/badge";

export interface ImagePixels {
  pix_w: number | null;
  pix_h: number | null;
}

/**
 * "Low resolution" on a product printed under 150 DPI from its image's pixels; nothing when the
 * product's size or the image's pixels are unknown, or the print is good enough.
 */
export function LowResolutionMark({
  product,
  pixels,
}: {
  product: ProductSizeSource;
  pixels: ImagePixels | undefined;
}) {
  const pix_w = pixels?.pix_w;
  const pix_h = pixels?.pix_h;
  const size = productPrintSize(product);
  if (!size || !pix_w || !pix_h) return null;
  const dpi = displayDpi(printDpi(pix_w, pix_h, size));
  if (dpi >= GOOD_DPI) return null;
  return (
    <span className="inline-flex items-center gap-1.5">
      <Badge tone="warning">Low resolution</Badge>
      <span className="text-xs text-amber-800 tabular-nums dark:text-amber-200">{dpi} DPI</span>
    </span>
  );
}
