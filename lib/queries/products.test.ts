// The table's paging: a small first request, bigger ones after it, and the rows in order with
// none twice however the requests overlap.
import { describe, expect, it } from "vitest";
import { productQuery } from "@/lib/schemas/products";
import { loadedRows, productsOptions } from "./products";
import { PRODUCTS_FIRST_PAGE_SIZE, type ProductsPageParam } from "@/lib/resources/products";
import { PRODUCTS_PAGE_SIZE } from "@/lib/resources/product-keys";

/** The rows a request for `param` answers out of `total` (numbers stand in for rows). */
function answer(param: ProductsPageParam, total: number) {
  const from = (param.page - 1) * param.per_page;
  const products = Array.from(
    { length: Math.max(0, Math.min(param.per_page, total - from)) },
    (_, i) => from + i,
  );
  return { products, count: total };
}

/** Every page the table would ask for, in turn, as it scrolls to the end. */
function scrollToEnd(total: number) {
  const options = productsOptions(productQuery.defaults);
  const params: ProductsPageParam[] = [options.initialPageParam];
  const pages = [answer(options.initialPageParam, total)];
  for (;;) {
    const next = options.getNextPageParam(
      pages.at(-1) as never,
      pages as never,
      params.at(-1)!,
      params,
    );
    if (!next) break;
    params.push(next);
    pages.push(answer(next, total));
  }
  return { params, rows: loadedRows(pages, params) };
}

describe("product table paging", () => {
  it.each([0, 1, 49, 50, 51, 249, 250, 251, 300, 1_234])(
    "loads each of %i rows once, in order",
    (total) => {
      const { params, rows } = scrollToEnd(total);
      expect(rows).toEqual(Array.from({ length: total }, (_, i) => i));
      expect(params[0]).toEqual({ page: 1, per_page: PRODUCTS_FIRST_PAGE_SIZE });
      for (const later of params.slice(1)) expect(later.per_page).toBe(PRODUCTS_PAGE_SIZE);
    },
  );

  it("asks for no more after a short page", () => {
    expect(scrollToEnd(30).params).toHaveLength(1);
  });
});
