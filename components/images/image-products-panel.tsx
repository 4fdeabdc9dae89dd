"use client";

import type { ProductDetails } from "@/lib/schemas/finerworks";
import { SidePanel } from "@/components/ui/side-panel";
import { ProductCompactList } from "@/components/products/product-compact-list";
import type { ImagePixels } from "@/components/products/low-resolution-mark";
import { plural } from "@/components/ui/format";

/** The products of one image in a side panel, one line each, every line opening to its details. */
export default function ImageProductsPanel({
  title,
  products,
  pixels,
  onClose,
}: {
  title: string;
  products: readonly ProductDetails[];
  pixels?: ImagePixels;
  onClose: () => void;
}) {
  return (
    <SidePanel title={`Products of ${title}`} onClose={onClose}>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        {plural(products.length, "product")}. Open one for its prices, description, labels and
        mock-ups.
      </p>
      <ProductCompactList products={products} pixels={pixels} />
    </SidePanel>
  );
}
