import { displayDpi, isLowResolution, REFERENCE_SIZE, standardDpi } from "@/lib/print";
import { PrintLine } from "./print-line";

function pixels(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : 0;
}

/**
 * Under an add-images row as soon as it has width and height: the print line, and a warning
 * (never a block) when it cannot print 8 x 10 in at 150 DPI.
 */
export function RowPrintCheck({ pix_w, pix_h }: { pix_w: string; pix_h: string }) {
  const w = pixels(pix_w);
  const h = pixels(pix_h);
  if (!w || !h) return null;
  const low = isLowResolution(w, h);
  return (
    <div className="mt-1 space-y-1 text-sm">
      <p className="text-slate-600 dark:text-slate-400">
        Prints: <PrintLine pix_w={w} pix_h={h} />
      </p>
      {low ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-400/10 dark:text-amber-100">
          <span className="font-medium">Low resolution:</span> {w} × {h} px cannot print{" "}
          {REFERENCE_SIZE.short_in} × {REFERENCE_SIZE.long_in} in at 150 DPI (only{" "}
          {displayDpi(standardDpi(w, h, REFERENCE_SIZE))} DPI). You can still add it.
        </p>
      ) : null}
    </div>
  );
}
