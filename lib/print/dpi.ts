// The resolution an image gives at a print size: its long side over the print's long side and
// its short side over the print's short side, whichever is lower (the image is placed in the
// orientation that fits it best, and the weaker side limits the print).
import type { PrintSize } from "./parse-print-size";

export function printDpi(
  pix_w: number | null | undefined,
  pix_h: number | null | undefined,
  size: PrintSize | null | undefined,
): number | null {
  if (!pix_w || !pix_h || !size || size.width_in <= 0 || size.height_in <= 0) return null;
  const longPx = Math.max(pix_w, pix_h);
  const shortPx = Math.min(pix_w, pix_h);
  const longIn = Math.max(size.width_in, size.height_in);
  const shortIn = Math.min(size.width_in, size.height_in);
  return Math.floor(Math.min(longPx / longIn, shortPx / shortIn));
}
