"use client";

import { lazy, Suspense, useId, useState } from "react";
import type { ProductDetails } from "@/lib/finerworks/schemas";
import { ChevronIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import type { ImagePixels } from "@/components/print/low-resolution-mark";

// Products are read on demand: their code is fetched when a pointer or focus comes near the
// button (usually before the click lands), not with the grid.
const loadProductList = () => import("./product-list").then((m) => ({ default: m.ProductList }));
const ProductList = lazy(loadProductList);

/** "Show products (N)": expands the image's products in place (the name stays, aria-expanded tells the state). */
export function ProductDisclosure({
  products,
  className,
  pixels,
}: {
  products: readonly ProductDetails[];
  className?: string;
  pixels?: ImagePixels;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (products.length === 0) return null;
  return (
    <div className={className}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((v) => !v)}
        onPointerEnter={() => void loadProductList()}
        onFocus={() => void loadProductList()}
        className="-ml-1 inline-flex items-center gap-1 rounded-md px-1 py-0.5 text-sm font-medium text-brand-600 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:text-blue-300 dark:hover:text-white"
      >
        <ChevronIcon className={cn("size-4 transition-transform", open && "rotate-90")} />
        Show products ({products.length})
      </button>
      {open ? (
        <div id={id} className="mt-2">
          <Suspense
            fallback={
              <p className="text-xs text-slate-600 dark:text-slate-400">Loading products…</p>
            }
          >
            <ProductList products={products} pixels={pixels} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
