import type { ProductFlag } from "@/lib/schemas/products";
import { GOOD_RESOLUTION_DPI, LOW_RESOLUTION_DPI, PRODUCT_FLAGS } from "@/lib/schemas/products";
import { cn } from "@/components/ui/cn";

type Tone = "danger" | "warning" | "note";

interface FlagInfo {
  label: string;
  tone: Tone;
  explain: (thinMarginPct: number) => string;
}

export const FLAG_INFO: Record<ProductFlag, FlagInfo> = {
  loss: {
    label: "Loss",
    tone: "danger",
    explain: () => "The asking price is at or below the cost: every sale loses money.",
  },
  thin_margin: {
    label: "Thin margin",
    tone: "warning",
    explain: (pct) => `The margin is below ${pct} % of the asking price.`,
  },
  no_asking_price: {
    label: "No asking price",
    tone: "danger",
    explain: () => "The asking price is 0 or missing: the product cannot be sold as it is.",
  },
  low_resolution: {
    label: "Low resolution",
    tone: "danger",
    explain: () =>
      `The image gives under ${LOW_RESOLUTION_DPI} DPI at the product's print size: the print will look soft.`,
  },
  below_300_dpi: {
    label: "Below 300 DPI",
    tone: "note",
    explain: () =>
      `${LOW_RESOLUTION_DPI}-${GOOD_RESOLUTION_DPI - 1} DPI at the print size: fine from a distance, not the best up close.`,
  },
  inactive_image: {
    label: "Inactive image",
    tone: "warning",
    explain: () => "The image is marked inactive, so its products are not offered.",
  },
  duplicate_sku: {
    label: "Duplicate SKU",
    tone: "warning",
    explain: () => "The same SKU is on more than one image: orders may reach the wrong print.",
  },
};

const TONES: Record<Tone, string> = {
  danger:
    "bg-red-50 text-red-800 ring-red-200 dark:bg-red-400/15 dark:text-red-200 dark:ring-red-400/30",
  warning:
    "bg-amber-50 text-amber-800 ring-amber-200 dark:bg-amber-400/15 dark:text-amber-200 dark:ring-amber-400/30",
  note: "bg-slate-100 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700",
};

export function FlagChip({ flag, className }: { flag: ProductFlag; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        TONES[FLAG_INFO[flag].tone],
        className,
      )}
    >
      {FLAG_INFO[flag].label}
    </span>
  );
}

/** What each flag means, in the table's order. */
export function FlagLegend({ thinMarginPct }: { thinMarginPct: number }) {
  return (
    <details className="rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-medium text-slate-700 select-none dark:text-slate-200">
        What the flags mean
      </summary>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {PRODUCT_FLAGS.map((flag) => (
          <div key={flag} className="contents">
            <dt>
              <FlagChip flag={flag} />
            </dt>
            <dd className="text-slate-700 dark:text-slate-300">
              {FLAG_INFO[flag].explain(thinMarginPct)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
