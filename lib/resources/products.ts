// GET /api/products (the review table, a page at a time) and GET /api/products/<id> (one row's
// side-panel details).
import { z } from "zod";
import {
  productDetailsSchema,
  productIdSchema,
  productQuery,
  productQuerySchema,
  productsPageSchema,
  type ProductQuery,
} from "@/lib/schemas/products";
import { productKeys, PRODUCTS_PAGE_SIZE } from "./product-keys";
import { definePagedResource, defineResource } from "./resource";

/**
 * Rows of a view's first request: a few screens, so the first paint waits for little and the
 * next request waits until the reader scrolls (more rows loading at once would hold up the
 * server's answer to the next sort or filter).
 */
export const PRODUCTS_FIRST_PAGE_SIZE = 100;

/** One request's rows: `per_page` rows from `(page - 1) * per_page`. */
export interface ProductsPageParam {
  page: number;
  per_page: number;
}

const FIRST_PAGE: ProductsPageParam = { page: 1, per_page: PRODUCTS_FIRST_PAGE_SIZE };

export function productsUrl(query: ProductQuery, extra: Partial<ProductQuery> = {}): string {
  const qs = productQuery.toSearchParams({ ...query, ...extra }).toString();
  return qs ? `/api/products?${qs}` : "/api/products";
}

export const productsResource = definePagedResource({
  path: "/api/products",
  action: "admin",
  query: productQuerySchema,
  url: (query: ProductQuery) => productsUrl(query),
  response: productsPageSchema,
  key: productKeys.list,
  pages: {
    initial: FIRST_PAGE,
    next: (last, _pages, lastParam: ProductsPageParam): ProductsPageParam | undefined => {
      const loaded = (lastParam.page - 1) * lastParam.per_page + last.products.length;
      if (loaded >= last.count || last.products.length < lastParam.per_page) return undefined;
      return { page: Math.floor(loaded / PRODUCTS_PAGE_SIZE) + 1, per_page: PRODUCTS_PAGE_SIZE };
    },
    query: (query, page) => ({ ...query, ...page, format: "json" as const }),
  },
});

export const productDetailsResource = defineResource({
  path: "/api/products/[id]",
  action: "admin",
  // The route reads the id from the path.
  query: z.object({ id: productIdSchema }),
  url: ({ id }: { id: string }) => `/api/products/${encodeURIComponent(id)}`,
  response: productDetailsSchema,
  key: ({ id }) => productKeys.details(id),
});
