import type { ProductDetails } from "@/lib/schemas/finerworks";
import { cn } from "@/components/ui/cn";
import { integrationIds } from "./integration-ids";
import { ProductFacts } from "./product-facts";
import { ProductHtml } from "./product-html";
import { labelsBesideSku, ProductLabels } from "./product-labels";
import { ProductMockups } from "./product-mockups";
import { viewOfProduct, type ProductView } from "./product-view";
import { LowResolutionMark, type ImagePixels } from "@/components/products/low-resolution-mark";

const sectionHeading =
  "text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400";

/**
 * Everything about one product, shown open: prices and identifiers, the short and long
 * descriptions, labels by priority, mock-ups and third-party ids. The grid's panel, the list
 * view, the image page and the admin table all show a product through this.
 */
export function ProductDetailsBody({
  product,
  className,
}: {
  product: ProductView;
  className?: string;
}) {
  return (
    <div className={cn("space-y-4", className)}>
      <ProductFacts product={product} />
      <ProductDescriptions product={product} />
    </div>
  );
}

/** What follows the prices: descriptions, labels, mock-ups and integration ids. */
export function ProductDescriptions({ product }: { product: ProductView }) {
  const ids = integrationIds(product.third_party_integrations);
  return (
    <>
      {product.description_short ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{product.description_short}</p>
      ) : null}
      {product.description_long ? (
        <section className="space-y-1.5">
          <h4 className={sectionHeading}>Description</h4>
          <ProductHtml html={product.description_long} />
        </section>
      ) : null}
      <ProductLabels labels={labelsBesideSku(product.labels, product.sku)} />
      <ProductMockups name={product.name} urls={product.mockups} />
      {ids.length > 0 ? (
        <section className="space-y-1.5">
          <h4 className={sectionHeading}>Integrations</h4>
          <dl className="grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-3 gap-y-1 text-sm">
            {ids.map(([key, value], i) => (
              <div key={`${key}-${i}`} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{key.replace(/_/g, " ")}</dt>
                <dd className="font-mono text-[0.8rem] break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}

/** The image page's products: each one a card with its name, fully open (the page has the room). */
export function ProductCards({
  products,
  pixels,
  className,
}: {
  products: readonly ProductDetails[];
  /** The image's pixels: products printed under 150 DPI get a "Low resolution" mark. */
  pixels?: ImagePixels;
  className?: string;
}) {
  return (
    <ul className={cn("space-y-3", className)}>
      {products.map((product, i) => (
        <li
          key={`${product.sku}-${i}`}
          className="rounded-lg border border-slate-200 bg-slate-50/60 p-4 dark:border-slate-700/80 dark:bg-slate-800/40"
        >
          <h3 className="mb-3 font-semibold text-slate-900 dark:text-slate-50">{product.name}</h3>
          <LowResolutionMark product={product} pixels={pixels} />
          <ProductDetailsBody product={viewOfProduct(product)} />
        </li>
      ))}
    </ul>
  );
}
