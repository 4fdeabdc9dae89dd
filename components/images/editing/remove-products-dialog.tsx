"use client";

import { useEffect, useId, useRef } from "react";
import type { ProductDetails } from "@/lib/finerworks/schemas";
import { Button } from "@/components/ui/button";
import { formatMoney, plural } from "../format";

/**
 * FinerWorks deletes every virtual inventory product of an image it updates: say so, with
 * the products by name and SKU, before anything is sent. A native modal <dialog> gives focus
 * trapping, Escape and an inert page without a library.
 */
export function RemoveProductsDialog({
  products,
  onConfirm,
  onCancel,
}: {
  products: readonly ProductDetails[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

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
        // Escape: back to the editor with the draft, not a closed dialog React does not know of.
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="space-y-3 p-5">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          Remove {plural(products.length, "product")}?
        </h2>
        <p id={`${id}-body`} className="text-sm text-slate-700 dark:text-slate-300">
          FinerWorks removes every virtual inventory product of an image when the image is updated.
          Saving this change removes <strong>{plural(products.length, "product")}</strong>. Undo can
          restore the text later, not the products. They are kept in the removed-products archive.
        </p>
        <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-700">
          {products.map((product, i) => (
            <li
              key={`${product.sku}-${i}`}
              className="flex items-baseline justify-between gap-3 px-3 py-2"
            >
              <span className="min-w-0 break-words">{product.name}</span>
              <span className="flex shrink-0 flex-col items-end text-xs text-slate-600 dark:text-slate-400">
                <span className="font-mono">
                  <span className="sr-only">SKU </span>
                  {product.sku}
                </span>
                <span className="tabular-nums">
                  <span className="sr-only">Asking price </span>
                  {formatMoney(product.asking_price, product.monetary_format)}
                </span>
              </span>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <Button onClick={onCancel} autoFocus>
            Cancel
          </Button>
          <Button
            variant="primary"
            onClick={onConfirm}
            className="bg-red-600 hover:bg-red-700 focus-visible:outline-red-600"
          >
            Save and remove products
          </Button>
        </div>
      </div>
    </dialog>
  );
}
