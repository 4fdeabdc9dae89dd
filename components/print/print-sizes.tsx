import { formatCrop, largestPrints, printSizeRows, type PrintQuality } from "@/lib/print";
import { Badge } from "@/components/ui/badge";

const QUALITY_TONE: Record<PrintQuality, "success" | "brand" | "warning"> = {
  Gallery: "success",
  Good: "brand",
  Low: "warning",
};

/** Every standard size with its DPI, quality and crop, and the largest print at 300 and 150 DPI. */
export function PrintSizes({ pix_w, pix_h }: { pix_w: number | null; pix_h: number | null }) {
  const rows = printSizeRows(pix_w ?? 0, pix_h ?? 0);
  if (rows.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        FinerWorks has no pixel dimensions for this image, so its print sizes are unknown.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {largestPrints(pix_w ?? 0, pix_h ?? 0).map((print) => (
          <div key={print.dpi} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">Largest at {print.dpi} DPI</dt>
            <dd className="tabular-nums">
              {print.inches}{" "}
              <span className="text-slate-500 dark:text-slate-400">({print.centimetres})</span>
            </dd>
          </div>
        ))}
      </dl>
      <div>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            Print sizes: resolution, quality and crop of every standard size
          </caption>
          <thead className="text-xs text-slate-500 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-semibold">
                Size
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-semibold">
                DPI
              </th>
              <th scope="col" className="py-1.5 pr-3 font-semibold">
                Quality
              </th>
              <th scope="col" className="py-1.5 text-right font-semibold">
                Crop
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="py-1.5 pr-3 font-medium whitespace-nowrap">
                  {row.label}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">{row.dpi}</td>
                <td className="py-1.5 pr-3">
                  <Badge tone={QUALITY_TONE[row.quality]}>{row.quality}</Badge>
                </td>
                <td className="py-1.5 text-right text-slate-600 tabular-nums dark:text-slate-400">
                  {formatCrop(row.crop)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
