import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { ProductReview } from "@/components/product-review/product-review";
import { getQueryClient } from "@/lib/queries/query-client";
import { productQuery } from "@/lib/schemas/products";
import { prefetchProducts } from "@/lib/server/products/prefetch-products";
import { requireAdmin } from "../require-admin";

export const metadata: Metadata = { title: "Products" };

// Every virtual inventory product of the library in one table, read from the snapshot; the first
// rows come with the page.
export default async function ProductsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin("/admin/products");
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const one of [value ?? []].flat()) params.append(key, one);
  const queryClient = getQueryClient();
  await prefetchProducts(queryClient, productQuery.parseLenient(params));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <ProductReview />
      </Suspense>
    </HydrationBoundary>
  );
}
