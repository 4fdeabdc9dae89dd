import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { ProductReview } from "@/components/product-review/product-review";
import { productQuery } from "@/lib/schemas/products";
import { productsEndpoint } from "@/lib/server/products/endpoints";
import { guardedPage } from "../../page-guard";

export const metadata: Metadata = { title: "Products" };

// Every virtual inventory product of the library in one table, read from the snapshot; the first
// rows come with the page.
export default async function ProductsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const one of [value ?? []].flat()) params.append(key, one);
  const query = productQuery.parseLenient(params);
  return guardedPage(
    { path: "/admin/products", action: "admin" },
    async ({ prefetchFirstPage, dehydrated }) => {
      await prefetchFirstPage(productsEndpoint, query);
      return (
        <HydrationBoundary state={dehydrated()}>
          <Suspense>
            <ProductReview />
          </Suspense>
        </HydrationBoundary>
      );
    },
  );
}
