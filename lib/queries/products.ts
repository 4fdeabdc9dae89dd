// The admin product review as the browser reads it: query keys, fetchers (answers parsed with the
// shared schemas in lib/schemas/products.ts) and the scan's status and commands.
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  type InfiniteData,
} from "@tanstack/react-query";
import {
  productDetailsSchema,
  productQuery,
  productScanSchema,
  productsPageSchema,
  type ProductQuery,
  type ProductScan,
  type ProductsPage,
} from "@/lib/schemas/products";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { apiFetch, readAnswer } from "./api-fetch";

/**
 * Rows of a view's first request: a few screens, so the first paint waits for little and the
 * next request waits until the reader scrolls (more rows loading at once would hold up the
 * server's answer to the next sort or filter).
 */
export const PRODUCTS_FIRST_PAGE_SIZE = 100;
/** Rows of each later request, as the table scrolls. */
export const PRODUCTS_PAGE_SIZE = 250;

/** One request's rows: `per_page` rows from `(page - 1) * per_page`. */
export interface ProductsPageParam {
  page: number;
  per_page: number;
}

const FIRST_PAGE: ProductsPageParam = { page: 1, per_page: PRODUCTS_FIRST_PAGE_SIZE };

/** The query without paging: the rows of one view, however many pages they took. */
function viewKey(query: ProductQuery): Record<string, string> {
  return productQuery.key({ ...query, page: 1, per_page: PRODUCTS_PAGE_SIZE, format: "json" });
}

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

export const productKeys = {
  all: ["products"] as const,
  lists: () => [...productKeys.all, "list"] as const,
  list: (query: ProductQuery) => [...productKeys.lists(), viewKey(query)] as const,
  scan: () => [...productKeys.all, "scan"] as const,
  details: (id: string) => [...productKeys.all, "details", id] as const,
};

export function productsUrl(query: ProductQuery, extra: Partial<ProductQuery> = {}): string {
  const qs = productQuery.toSearchParams({ ...query, ...extra }).toString();
  return qs ? `/api/products?${qs}` : "/api/products";
}

/** "Export CSV": every matching row, in the table's order. */
export function productsCsvUrl(query: ProductQuery): string {
  return productsUrl(query, { page: 1, per_page: productQuery.defaults.per_page, format: "csv" });
}

/** The view's rows page by page (more load as the table scrolls); the last view stays while the next loads. */
export function productsOptions(query: ProductQuery) {
  return infiniteQueryOptions<
    ProductsPage,
    Error,
    InfiniteData<ProductsPage, ProductsPageParam>,
    ReturnType<typeof productKeys.list>,
    ProductsPageParam
  >({
    queryKey: productKeys.list(query),
    queryFn: async ({ pageParam, signal }) => {
      const url = productsUrl(query, { ...pageParam, format: "json" });
      const response = await apiFetch(url, { signal, headers: { accept: "application/json" } });
      return readAnswer(response, productsPageSchema);
    },
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last, pages, lastParam): ProductsPageParam | undefined => {
      const loaded = (lastParam.page - 1) * lastParam.per_page + last.products.length;
      if (loaded >= last.count || last.products.length < lastParam.per_page) return undefined;
      return { page: Math.floor(loaded / PRODUCTS_PAGE_SIZE) + 1, per_page: PRODUCTS_PAGE_SIZE };
    },
    placeholderData: keepPreviousData,
  });
}

/** One row's side-panel details (descriptions, labels, mock-ups, integrations), read when it opens. */
export function productDetailsOptions(id: string) {
  return queryOptions({
    queryKey: productKeys.details(id),
    queryFn: async ({ signal }) => {
      const response = await apiFetch(`/api/products/${encodeURIComponent(id)}`, {
        signal,
        headers: { accept: "application/json" },
      });
      return readAnswer(response, productDetailsSchema);
    },
  });
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
