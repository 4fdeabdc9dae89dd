"use client";

import { useId } from "react";
import type { ProductDetails } from "@/lib/schemas/finerworks";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { cn } from "@/components/ui/cn";
import { formatMoney, plural } from "@/components/ui/format";

export interface ImageWithProducts {
  guid: string;
  title: string;
  products: readonly ProductDetails[];
}

const productCount = (images: readonly ImageWithProducts[]) =>
  images.reduce((n, image) => n + image.products.length, 0);

function ProductLines({
  products,
  padded = false,
}: {
  products: readonly ProductDetails[];
  /** Rows of the outer list (one image) rather than lines under an image's title. */
  padded?: boolean;
}) {
  return products.map((product, i) => (
    <li
      key={`${product.sku}-${i}`}
      className={cn(
        "flex items-baseline justify-between gap-3 text-slate-600 dark:text-slate-400",
        padded ? "px-3 py-2" : "text-xs",
      )}
    >
      <span className="min-w-0 break-words">
        <span className="text-slate-900 dark:text-slate-100">{product.name}</span>{" "}
        <span className="font-mono text-xs">
          <span className="sr-only">SKU </span>
          {product.sku}
        </span>
      </span>
      <span className="shrink-0 text-xs tabular-nums">
        <span className="sr-only">Asking price </span>
        {formatMoney(product.asking_price, product.monetary_format)}
      </span>
    </li>
  ));
}

interface Common {
  onConfirm: () => void;
  /** Save only the images without products; the button shows only when given. */
  onSkip?: () => void;
  onCancel: () => void;
}

/** One image's products, or a batch's images with theirs (listed under each title). */
type Listed =
  | { products: readonly ProductDetails[]; images?: never }
  | { images: readonly ImageWithProducts[]; products?: never };

/**
 * The one question before FinerWorks deletes products: every virtual inventory product of an
 * image it updates goes. Names the products with SKUs and asking prices, and offers "Save and
 * remove products", "Cancel" and, for a batch, "Skip images with products". Escape is Cancel;
 * Cancel has the focus at first.
 */
export function RemoveProductsDialog({ onConfirm, onSkip, onCancel, ...listed }: Common & Listed) {
  const id = useId();
  const count = listed.images ? productCount(listed.images) : listed.products.length;
  return (
    <Modal
      role="alertdialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-body`}
      onClose={onCancel}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="space-y-3 p-5">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          Remove {plural(count, "product")}?
        </h2>
        <p id={`${id}-body`} className="text-sm text-slate-700 dark:text-slate-300">
          {listed.images ? (
            <>
              {plural(listed.images.length, "image")} {listed.images.length === 1 ? "has" : "have"}{" "}
              {plural(count, "product")}; saving removes them from FinerWorks (they are kept in the
              removed-products archive).
            </>
          ) : (
            <>
              FinerWorks removes every virtual inventory product of an image when the image is
              updated. Saving this change removes <strong>{plural(count, "product")}</strong>. Undo
              can restore the text later, not the products. They are kept in the removed-products
              archive.
            </>
          )}
        </p>
        <ul
          aria-label={listed.images ? "Images with products" : "Products"}
          className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-700"
        >
          {listed.images ? (
            listed.images.map((image) => (
              <li key={image.guid} className="px-3 py-2">
                <p className="font-medium break-words">{image.title}</p>
                <ul className="mt-1 space-y-0.5">
                  <ProductLines products={image.products} />
                </ul>
              </li>
            ))
          ) : (
            <ProductLines products={listed.products} padded />
          )}
        </ul>
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <Button onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          {onSkip ? <Button onClick={onSkip}>Skip images with products</Button> : null}
          <Button
            variant="primary"
            onClick={onConfirm}
            className="bg-red-600 hover:bg-red-700 focus-visible:outline-red-600"
          >
            Save and remove products
          </Button>
        </div>
      </div>
    </Modal>
  );
}
