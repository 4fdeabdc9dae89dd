import { printSummary } from "@/lib/print";
import { cn } from "@/components/ui/cn";

/** "Up to 8 × 10 in · 4:5": the largest standard print at 150 DPI or more, and the aspect family. */
export function PrintLine({
  pix_w,
  pix_h,
  className,
}: {
  pix_w: number | null | undefined;
  pix_h: number | null | undefined;
  className?: string;
}) {
  const summary = printSummary(pix_w ?? 0, pix_h ?? 0);
  if (!summary) return null;
  return (
    <span className={cn("tabular-nums", className)}>
      {summary.label}
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, aspect </span>
      {summary.aspect}
    </span>
  );
}
