"use client";

import type { MouseEvent } from "react";
import {
  PRODUCT_FLAGS,
  type ProductFlag,
  type ProductQuery,
  type ProductSummary,
} from "@/lib/schemas/products";
import { formatCount, formatMoney } from "@/components/ui/format";
import { cn } from "@/components/ui/cn";
import { FLAG_INFO } from "./flags";

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/**
 * The whole snapshot at a glance, and a count per flag; each count is a link to the table
 * narrowed to that flag (a real link: it can open in a new tab).
 */
export function ProductSummaryPanel({
  summary,
  currency,
  activeFlag,
  hrefFor,
  onFlag,
}: {
  summary: ProductSummary;
  currency: string | null;
  activeFlag: ProductQuery["flag"];
  hrefFor: (flag: ProductFlag | undefined) => string;
  onFlag: (flag: ProductFlag | undefined) => void;
}) {
  const follow = (flag: ProductFlag | undefined) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onFlag(flag);
  };
  return (
    <section
      aria-label="Summary"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-xs dark:border-slate-800 dark:bg-slate-900"
    >
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label="Products" value={formatCount(summary.products)} />
        <Stat label="Images with products" value={formatCount(summary.images_with_products)} />
        <Stat
          label="Total asking value"
          value={formatMoney(summary.total_asking_value, currency)}
        />
        <Stat label="Median margin" value={formatMoney(summary.median_margin, currency)} />
      </dl>
      <nav aria-label="Products by flag">
        <ul className="flex flex-wrap gap-2">
          {PRODUCT_FLAGS.map((flag) => {
            const active = activeFlag === flag;
            return (
              <li key={flag}>
                <a
                  href={hrefFor(active ? undefined : flag)}
                  onClick={follow(active ? undefined : flag)}
                  aria-current={active ? "true" : undefined}
                  className={cn(
                    "inline-flex items-center gap-1.5 rounded-lg border px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500",
                    active
                      ? "border-brand-600 bg-brand-600 text-white"
                      : "border-slate-300 text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800",
                  )}
                >
                  {FLAG_INFO[flag].label}
                  <span className="font-semibold tabular-nums">
                    {formatCount(summary.flags[flag] ?? 0)}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </section>
  );
}
