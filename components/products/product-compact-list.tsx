"use client";

import { useId, useState } from "react";
import type { ProductDetails } from "@/lib/schemas/finerworks";
import { ChevronIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/components/ui/format";
import { ProductDetailsBody } from "./product-details";
import { sortLabels } from "./product-labels";
import { viewOfProduct } from "./product-view";
import { LowResolutionMark, type ImagePixels } from "@/components/products/low-resolution-mark";

/** The label that tells products of one image apart at a glance (size and paper, usually). */
function productSubtitle(product: ProductDetails): string | null {
  const labels = sortLabels(product.labels);
  return labels.find((l) => l.key.toLowerCase() === "media")?.value ?? null;
}

function CompactItem({ product, pixels }: { product: ProductDetails; pixels?: ImagePixels }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const subtitle = productSubtitle(product);
  return (
    <li className="rounded-lg border border-slate-200 dark:border-slate-700/80">
      <h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((v) => !v)}
          className="flex w-full items-center gap-2 rounded-lg px-3 py-2.5 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-800/60"
        >
          <ChevronIcon
            className={cn(
              "size-4 text-slate-500 transition-transform dark:text-slate-400",
              open && "rotate-90",
            )}
          />
          <span className="min-w-0 flex-1">
            <span className="block font-medium text-slate-900 dark:text-slate-50">
              {product.name}
            </span>
            {subtitle ? (
              <span className="block truncate text-xs text-slate-600 dark:text-slate-400">
                {subtitle}
              </span>
            ) : null}
          </span>
          <span className="text-sm font-medium text-slate-800 tabular-nums dark:text-slate-200">
            {formatMoney(product.asking_price, product.monetary_format)}
          </span>
        </button>
      </h3>
      <div
        id={id}
        hidden={!open}
        className="border-t border-slate-200 px-3 py-3 dark:border-slate-700/80"
      >
        {open ? (
          <>
            <LowResolutionMark product={product} pixels={pixels} />
            <ProductDetailsBody product={viewOfProduct(product)} className="mt-2" />
          </>
        ) : null}
      </div>
    </li>
  );
}

/** An image's products as one line each (name, media, asking price), each opening to its details. */
export function ProductCompactList({
  products,
  pixels,
  className,
}: {
  products: readonly ProductDetails[];
  pixels?: ImagePixels;
  className?: string;
}) {
  return (
    <ul className={cn("space-y-2", className)}>
      {products.map((product, i) => (
        <CompactItem key={`${product.sku}-${i}`} product={product} pixels={pixels} />
      ))}
    </ul>
  );
}
