"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { removedProductsOptions } from "@/lib/queries/history";
import type { FeedFilters } from "@/lib/resources/history-keys";
import type { RemovedProduct } from "@/lib/schemas/activity";
import { formatMoney } from "@/components/ui/format";
import { feedState, LoadMore } from "./feed-states";

const cell = "px-3 py-2 align-top";

/** A number field of the product as FinerWorks sent it, as money in its own currency. */
function money(product: RemovedProduct, field: string): string {
  const amount = product[field];
  const currency = product.monetary_format;
  return formatMoney(
    typeof amount === "number" ? amount : null,
    typeof currency === "string" ? currency : null,
  );
}

function when(at: string) {
  return new Date(at).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
}

function ProductRow({ product }: { product: RemovedProduct }) {
  const thumb = product.image.public_thumbnail_uri;
  return (
    <tr>
      <td className={`${cell} font-mono text-xs`}>{product.sku}</td>
      <td className={cell}>{product.name}</td>
      <td className={`${cell} text-right tabular-nums`}>{money(product, "per_item_price")}</td>
      <td className={`${cell} text-right tabular-nums`}>{money(product, "asking_price")}</td>
      <td className={cell}>
        <Link
          href={`/images/${encodeURIComponent(product.image.guid)}`}
          className="flex items-center gap-2 text-brand-700 underline-offset-2 hover:underline dark:text-blue-300"
        >
          {thumb ? (
            // Thumbnails come from FinerWorks' CDN at any size: a plain img, decorative here.
            // eslint-disable-next-line @next/next/no-img-element -- see above
            <img src={thumb} alt="" className="size-10 shrink-0 rounded object-cover" />
          ) : null}
          <span>{product.image.title || "Untitled image"}</span>
        </Link>
      </td>
      <td className={`${cell} whitespace-nowrap`}>
        <time dateTime={product.removed_at}>{when(product.removed_at)}</time>
      </td>
      <td className={cell}>
        {product.removed_by.name}
        <span className="block text-xs text-slate-600 dark:text-slate-400">
          {product.removed_by.email}
        </span>
      </td>
    </tr>
  );
}

/** The archive of products edits made FinerWorks remove, newest first, with "Load more". */
export function RemovedProductsTable({ filters }: { filters: FeedFilters }) {
  const feed = useInfiniteQuery(removedProductsOptions(filters));
  const products = feed.data?.pages.flatMap((page) => page.products);
  const state = feedState(feed, products?.length, {
    loading: "Loading the archive…",
    empty: "No removed products match these filters.",
  });
  if (state || !products) return state;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <caption className="sr-only">Removed products, newest first</caption>
          <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-950/60 dark:text-slate-400">
            <tr>
              <th scope="col" className={cell}>
                SKU
              </th>
              <th scope="col" className={cell}>
                Name
              </th>
              <th scope="col" className={`${cell} text-right`}>
                Per-item price
              </th>
              <th scope="col" className={`${cell} text-right`}>
                Asking price
              </th>
              <th scope="col" className={cell}>
                Image
              </th>
              <th scope="col" className={cell}>
                Removed at
              </th>
              <th scope="col" className={cell}>
                Removed by
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {products.map((product, i) => (
              <ProductRow key={`${product.activity_id}-${product.sku}-${i}`} product={product} />
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore {...feed} />
    </div>
  );
}
