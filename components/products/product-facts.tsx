import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/components/ui/format";
import { productMargin } from "@/lib/products/margin";
import type { ProductView } from "./product-view";

function Fact({ label, children, mono }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd
        className={cn(
          "text-sm break-words text-slate-900 dark:text-slate-100",
          mono && "font-mono text-[0.8rem] break-all",
        )}
      >
        {children}
      </dd>
    </div>
  );
}

/** "$12.50 (35.2 %)", or "—" without an asking price; a loss is said in words, not only red. */
function MarginText({
  askingPrice,
  cost,
  currency,
}: {
  askingPrice: number | null;
  cost: number;
  currency: string | null;
}) {
  const margin = productMargin(askingPrice, cost);
  if (!margin) return <>—</>;
  const loss = margin.amount <= 0;
  return (
    <span className={cn("tabular-nums", loss && "font-semibold text-red-700 dark:text-red-300")}>
      {formatMoney(margin.amount, currency)}
      {margin.pct === null ? null : ` (${margin.pct.toFixed(1)} %)`}
      {loss ? " loss" : null}
    </span>
  );
}

/** Prices and identifiers of one product: cost, asking price, margin, SKU (once), code, quantity. */
export function ProductFacts({ product }: { product: ProductView }) {
  const currency = product.monetary_format;
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
      <Fact label="Cost">
        <span className="tabular-nums">{formatMoney(product.per_item_price, currency)}</span>
      </Fact>
      <Fact label="Asking price">
        <span className="tabular-nums">{formatMoney(product.asking_price, currency)}</span>
      </Fact>
      <Fact label="Margin">
        <MarginText
          askingPrice={product.asking_price}
          cost={product.per_item_price}
          currency={currency}
        />
      </Fact>
      <Fact label="SKU" mono>
        {product.sku}
      </Fact>
      <Fact label="Product code" mono>
        {product.product_code ?? "—"}
      </Fact>
      <Fact label="Quantity">
        <span className="tabular-nums">
          {[
            product.quantity === null ? null : String(product.quantity),
            product.quantity_in_stock === null ? null : `${product.quantity_in_stock} in stock`,
          ]
            .filter(Boolean)
            .join(", ") || "—"}
        </span>
      </Fact>
    </dl>
  );
}
