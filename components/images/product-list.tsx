"use client";

import { useLayoutEffect, useRef } from "react";
import type { ProductDetails } from "@/lib/finerworks/schemas";
import { cn } from "@/components/ui/cn";
import { currencyLabel, formatMoney } from "./format";
import { ProductLabels } from "./product-labels";
import { LowResolutionMark, type ImagePixels } from "@/components/print/low-resolution-mark";
import { repairLists } from "./repair-lists";

// Basic formatting for the (already sanitised) product HTML without a typography plugin.
const richText =
  "text-sm text-slate-700 dark:text-slate-300 [&_a]:text-brand-600 [&_a]:underline dark:[&_a]:text-blue-300 " +
  "[&_p]:mb-1.5 [&_p:last-child]:mb-0 [&_ul]:ml-4 [&_ul]:list-disc [&_ol]:ml-4 [&_ol]:list-decimal [&_strong]:font-semibold [&_b]:font-semibold";

function ProductHtml({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) repairLists(ref.current);
  }, [html]);
  return (
    <div
      ref={ref}
      className={cn(richText, "mt-1.5")}
      // description_long was sanitised on the server (sanitize-html in lib/server/images/sanitize.ts,
      // applied by listImagesForQuery for the API and the prefetch); no other field is rendered as HTML.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function Fact({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd
        className={cn(
          "break-words text-slate-800 dark:text-slate-100",
          mono && "font-mono text-[0.8rem] break-all",
        )}
      >
        {value}
      </dd>
    </div>
  );
}

export function ProductItem({
  product,
  descriptionOpen = false,
  pixels,
}: {
  product: ProductDetails;
  descriptionOpen?: boolean;
  /** The image's pixels: products printed under 150 DPI get a "Low resolution" mark. */
  pixels?: ImagePixels;
}) {
  const currency = product.monetary_format;
  return (
    <li className="space-y-2.5 rounded-lg border border-slate-200 bg-slate-50/60 p-3 dark:border-slate-700/80 dark:bg-slate-800/40">
      <p className="text-sm font-semibold text-slate-900 dark:text-slate-50">{product.name}</p>
      <LowResolutionMark product={product} pixels={pixels} />
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1.5 text-xs">
        <Fact label="SKU" value={product.sku} mono />
        <Fact label="Product code" value={product.product_code ?? "—"} mono />
        <Fact label="Per-item price" value={formatMoney(product.per_item_price, currency)} />
        <Fact label="Asking price" value={formatMoney(product.asking_price, currency)} />
        <Fact label="Currency" value={currencyLabel(currency)} />
        <Fact label="Quantity" value={String(product.quantity)} />
      </dl>
      {product.description_short ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{product.description_short}</p>
      ) : null}
      {product.description_long ? (
        <details open={descriptionOpen} className="group text-sm">
          <summary className="cursor-pointer rounded text-xs font-medium text-slate-600 select-none hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-400 dark:hover:text-white">
            Product details
          </summary>
          <ProductHtml html={product.description_long} />
        </details>
      ) : null}
      <ProductLabels labels={product.labels} />
    </li>
  );
}

export function ProductList({
  products,
  id,
  className,
  descriptionOpen,
  pixels,
}: {
  products: readonly ProductDetails[];
  pixels?: ImagePixels;
  id?: string;
  className?: string;
  /** Show each product's HTML details unfolded (the image page has the room). */
  descriptionOpen?: boolean;
}) {
  return (
    <ul id={id} className={cn("space-y-2", className)}>
      {products.map((product) => (
        <ProductItem
          key={product.product_guid || product.sku}
          product={product}
          descriptionOpen={descriptionOpen}
          pixels={pixels}
        />
      ))}
    </ul>
  );
}
