// The admin product review as the browser reads it: query options from the resource
// definitions (lib/resources/products.ts), the CSV link, and the scan's status and commands.
import { infiniteQueryOptions, keepPreviousData, queryOptions } from "@tanstack/react-query";
import {
  productQuery,
  productScanSchema,
  type ProductQuery,
  type ProductScan,
} from "@/lib/schemas/products";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { productKeys } from "@/lib/resources/product-keys";
import {
  productDetailsResource,
  productsResource,
  productsUrl,
  type ProductsPageParam,
} from "@/lib/resources/products";
import { apiFetch, readAnswer } from "./api-fetch";
import { pagedResourceOptions, resourceOptions } from "./resource-options";

/**
 * The view's rows in order. Later requests are bigger than the first, so a page may start before
 * the rows already loaded: only its rows past them count.
 */
export function loadedRows<T>(
  pages: readonly { products: readonly T[] }[],
  params: readonly ProductsPageParam[],
): T[] {
  const rows: T[] = [];
  pages.forEach((page, i) => {
    const param = params[i];
    if (!param) return;
    const offset = (param.page - 1) * param.per_page;
    rows.push(...page.products.slice(Math.max(0, rows.length - offset)));
  });
  return rows;
}

/** "Export CSV": every matching row, in the table's order. */
export function productsCsvUrl(query: ProductQuery): string {
  return productsUrl(query, { page: 1, per_page: productQuery.defaults.per_page, format: "csv" });
}

/** The view's rows page by page (more load as the table scrolls); the last view stays while the next loads. */
export function productsOptions(query: ProductQuery) {
  return infiniteQueryOptions({
    ...pagedResourceOptions(productsResource, query),
    placeholderData: keepPreviousData,
  });
}

/** One row's side-panel details (descriptions, labels, mock-ups, integrations), read when it opens. */
export function productDetailsOptions(id: string) {
  return resourceOptions(productDetailsResource, { id });
}

/** The running scan or the last one (null before the first); polled every second while one runs. */
export function productScanOptions() {
  return queryOptions({
    queryKey: productKeys.scan(),
    queryFn: async ({ signal }): Promise<ProductScan | null> => {
      try {
        const response = await apiFetch("/api/products/scan", {
          signal,
          headers: { accept: "application/json" },
        });
        return await readAnswer(response, productScanSchema);
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data?.state === "running" ? 1000 : false),
  });
}

async function scanCommand(method: "POST" | "DELETE"): Promise<ProductScan> {
  const response = await apiFetch("/api/products/scan", {
    method,
    headers: { accept: "application/json", "content-type": "application/json" },
    body: method === "POST" ? "{}" : undefined,
  });
  return readAnswer(response, productScanSchema);
}

export const startProductScan = () => scanCommand("POST");
export const cancelProductScan = () => scanCommand("DELETE");
