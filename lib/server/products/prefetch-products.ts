import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { productsOptions } from "@/lib/queries/products";
import type { ProductQuery } from "@/lib/schemas/products";
import { productsPage } from "./list-products";
import { refreshStaleSnapshot } from "@/lib/server/snapshot/scans";

/**
 * Puts the table's first rows in the request's query client under the key the browser's
 * ProductReview reads, so they paint when the page hydrates instead of a round trip later. A
 * visit starts a scan when the snapshot is missing or old, as GET /api/products does. A store
 * that is down is not cached: the browser asks again and shows the error state.
 */
export async function prefetchProducts(queryClient: QueryClient, query: ProductQuery) {
  await queryClient.prefetchInfiniteQuery({
    ...productsOptions(query),
    queryFn: async ({ pageParam }) => {
      await refreshStaleSnapshot();
      return productsPage({ ...query, ...pageParam, format: "json" });
    },
    retry: false,
  });
}
