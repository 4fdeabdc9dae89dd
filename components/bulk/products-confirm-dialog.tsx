"use client";

import { useEffect, useId, useRef } from "react";
import type { ProductDetails } from "@/lib/finerworks/schemas";
import { Button } from "@/components/ui/button";
import { formatMoney, plural } from "@/components/images/format";

export interface ImageWithProducts {
  guid: string;
  title: string;
  products: readonly ProductDetails[];
}

/**
 * One warning for the whole batch: FinerWorks deletes every product of an image it updates.
 * Lists the images and their products with asking prices; the rest can be saved alone.
 */
export function ProductsConfirmDialog({
  images,
  onSaveAll,
  onSkip,
  onCancel,
}: {
  images: readonly ImageWithProducts[];
  onSaveAll: () => void;
  onSkip: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const productCount = images.reduce((n, image) => n + image.products.length, 0);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="space-y-3 p-5">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          Remove {plural(productCount, "product")}?
        </h2>
        <p id={`${id}-body`} className="text-sm text-slate-700 dark:text-slate-300">
          {plural(images.length, "image")} {images.length === 1 ? "has" : "have"}{" "}
          {plural(productCount, "product")}; saving removes them from FinerWorks (they are kept in
          the removed-products archive).
        </p>
        <ul
          aria-label="Images with products"
          className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-700"
        >
          {images.map((image) => (
            <li key={image.guid} className="px-3 py-2">
              <p className="font-medium break-words">{image.title}</p>
              <ul className="mt-1 space-y-0.5">
                {image.products.map((product, i) => (
                  <li
                    key={`${product.sku}-${i}`}
                    className="flex items-baseline justify-between gap-3 text-xs text-slate-600 dark:text-slate-400"
                  >
                    <span className="min-w-0 break-words">
                      {product.name} <span className="font-mono">({product.sku})</span>
                    </span>
                    <span className="shrink-0 tabular-nums">
                      <span className="sr-only">Asking price </span>
                      {formatMoney(product.asking_price, product.monetary_format)}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <Button onClick={onCancel} autoFocus>
            Cancel
          </Button>
          <Button onClick={onSkip}>Skip images with products</Button>
          <Button
            variant="primary"
            onClick={onSaveAll}
            className="bg-red-600 hover:bg-red-700 focus-visible:outline-red-600"
          >
            Save and remove products
          </Button>
        </div>
      </div>
    </dialog>
  );
}
