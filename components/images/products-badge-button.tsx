"use client";

import { Suspense, useState } from "react";
import { lazyWithPreload } from "@/components/ui/lazy-with-preload";
import type { ProductDetails } from "@/lib/schemas/finerworks";
import type { ImagePixels } from "@/components/products/low-resolution-mark";
import { plural } from "@/components/ui/format";

// The panel's code is fetched when a pointer or focus comes near the badge (usually before the
// click lands), not with the grid.
const { Component: ImageProductsPanel, preload: preloadPanel } = lazyWithPreload(() =>
  import("./image-products-panel").then((m) => m.default),
);

/** The "N products" badge as a button: it opens the image's products in a side panel. */
export function ProductsBadgeButton({
  title,
  products,
  pixels,
}: {
  title: string;
  products: readonly ProductDetails[];
  pixels?: ImagePixels;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        onPointerEnter={preloadPanel}
        onFocus={preloadPanel}
        className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-100 ring-inset hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:bg-brand-700/25 dark:text-brand-100 dark:ring-brand-700/60 dark:hover:bg-brand-700/45"
      >
        {plural(products.length, "product")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ImageProductsPanel
            title={title}
            products={products}
            pixels={pixels}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
