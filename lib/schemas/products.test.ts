import { describe, expect, it } from "vitest";
import { PRODUCT_SORT_KEYS, productQuery, productQuerySchema } from "./products";

describe("products query schema", () => {
  it("applies the defaults", () => {
    expect(productQuerySchema.parse({})).toEqual({
      sort: "image_title",
      dir: "asc",
      page: 1,
      per_page: 100,
      format: "json",
    });
  });

  it("parses every field", () => {
    expect(
      productQuerySchema.parse({
        q: " Sunset ",
        type: "Metal Print",
        flag: "loss",
        margin_below: "12.5",
        price_min: "10",
        price_max: "99.99",
        image: "5DBAE1C2-ADDC-47CE-9468-843B9730AA52",
        sort: "margin",
        dir: "desc",
        page: "3",
        per_page: "500",
        format: "csv",
      }),
    ).toEqual({
      q: "Sunset",
      type: "Metal Print",
      flag: "loss",
      margin_below: 12.5,
      price_min: 10,
      price_max: 99.99,
      image: "5dbae1c2-addc-47ce-9468-843b9730aa52",
      sort: "margin",
      dir: "desc",
      page: 3,
      per_page: 500,
      format: "csv",
    });
  });

  it.each(PRODUCT_SORT_KEYS)("sorts by %s", (sort) => {
    expect(productQuerySchema.parse({ sort }).sort).toBe(sort);
  });

  it("accepts a negative margin threshold", () => {
    expect(productQuerySchema.parse({ margin_below: "-20" }).margin_below).toBe(-20);
  });

  it.each([
    { per_page: "501" },
    { per_page: "0" },
    { page: "0" },
    { page: "1e2" },
    { flag: "cheap" },
    { sort: "price" },
    { dir: "up" },
    { margin_below: "101" },
    { margin_below: "1e1" },
    { margin_below: "abc" },
    { price_min: "-1" },
    { price_min: "0x10" },
    { price_min: "50", price_max: "10" },
    { image: "not-a-guid" },
    { q: "a\u0000b" },
    { q: "x".repeat(201) },
    { format: "xml" },
  ])("rejects %o", (input) => {
    expect(productQuerySchema.safeParse(input).success).toBe(false);
  });

  it("writes short canonical URLs and reads them back", () => {
    const query = productQuerySchema.parse({ flag: "duplicate_sku", sort: "dpi", page: "2" });
    const params = productQuery.toSearchParams(query);
    expect(params.toString()).toBe("flag=duplicate_sku&sort=dpi&page=2");
    expect(productQuery.parseLenient(params)).toEqual(query);
    expect(productQuery.hasFilters(query)).toBe(true);
    expect(productQuery.hasFilters(productQuery.withoutFilters(query))).toBe(false);
  });
});
