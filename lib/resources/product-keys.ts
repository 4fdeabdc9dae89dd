// The product review's query keys.
import { productQuery, type ProductQuery } from "@/lib/schemas/products";

/** Rows of each later request, as the table scrolls. */
export const PRODUCTS_PAGE_SIZE = 250;

/** The query without paging: the rows of one view, however many pages they took. */
function viewKey(query: ProductQuery): Record<string, string> {
  return productQuery.key({ ...query, page: 1, per_page: PRODUCTS_PAGE_SIZE, format: "json" });
}

export const productKeys = {
  all: ["products"] as const,
  lists: () => [...productKeys.all, "list"] as const,
  list: (query: ProductQuery) => [...productKeys.lists(), viewKey(query)] as const,
  scan: () => [...productKeys.all, "scan"] as const,
  details: (id: string) => [...productKeys.all, "details", id] as const,
};
