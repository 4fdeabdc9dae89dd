import { describe, expect, it } from "vitest";
import { z } from "zod";
import { IMAGE_QUERY_FIELDS, IMAGE_QUERY_RULES, imageQuery } from "./image-query";
import { defineQuery, field } from "./query-fields";

// A filter FinerWorks does not have, added the way a real one would be: one row in the table.
const withRating = defineQuery(
  {
    ...IMAGE_QUERY_FIELDS,
    min_rating: field(
      z.enum(["1", "2", "3"]).optional(),
      (rating) => (rating ? { search_filter: `rating>=${rating}` } : {}),
      { filter: true },
    ),
  },
  IMAGE_QUERY_RULES,
);

describe("a filter added as one row of the query table", () => {
  const query = withRating.parseLenient(new URLSearchParams("min_rating=2&sort=title"));

  it("is read from the URL and written back to it", () => {
    expect(query).toMatchObject({ min_rating: "2", sort: "title", page: 1 });
    const params = withRating.toSearchParams(query);
    expect(params.toString()).toBe("sort=title&min_rating=2");
    expect(withRating.parseLenient(params)).toEqual(query);
    expect(withRating.parseLenient(new URLSearchParams("min_rating=9")).min_rating).toBeUndefined();
  });

  it("is part of the query key", () => {
    expect(withRating.key(query)).toEqual({ sort: "title", min_rating: "2" });
    expect(withRating.key({ ...query, min_rating: "3" })).not.toEqual(withRating.key(query));
  });

  it("reaches the list_images request", () => {
    expect(withRating.toUpstream(query)).toMatchObject({
      search_filter: "rating>=2",
      sort_field: "title",
      page_number: 1,
    });
  });

  it("counts as a filter and is cleared with the others", () => {
    expect(withRating.filterKeys).toContain("min_rating");
    expect(withRating.hasFilters(query)).toBe(true);
    expect(withRating.withoutFilters(query)).toMatchObject({
      min_rating: undefined,
      sort: "title",
    });
  });
});

describe("the image query table", () => {
  it("derives its keys and filters from the fields", () => {
    expect(imageQuery.keys).toEqual(Object.keys(IMAGE_QUERY_FIELDS));
    expect(imageQuery.filterKeys).toEqual(["q", "from", "to", "active", "triage", "has_products"]);
  });

  it("maps every URL word to its list_images words", () => {
    const query = imageQuery.schema.parse({
      page: "2",
      per_page: "12",
      sort: "file_size",
      dir: "asc",
      q: " sea ",
      from: "2025-01-01",
      to: "2025-02-01",
      active: "false",
      library: "temporary",
      products: "false",
      guids: "5dbae1c2-addc-47ce-9468-843b9730aa52",
    });
    expect(imageQuery.toUpstream(query)).toEqual({
      page_number: 2,
      per_page: 12,
      sort_field: "file_size",
      sort_direction: "ASC",
      search_filter: "sea",
      upload_date_from: "2025-01-01",
      upload_date_to: "2025-02-01",
      active: false,
      library: "temporary",
      list_products: false,
      guid_filter: ["5dbae1c2-addc-47ce-9468-843b9730aa52"],
    });
    expect(imageQuery.toUpstream(imageQuery.defaults)).toEqual({
      page_number: 1,
      per_page: 24,
      sort_field: "date_added",
      sort_direction: "DESC",
      search_filter: null,
      upload_date_from: null,
      upload_date_to: null,
      active: null,
      list_products: true,
      guid_filter: null,
    });
  });
});

describe("has_products", () => {
  it("asks FinerWorks for the products even when products=false, and only 'true' is a value", () => {
    const query = imageQuery.schema.parse({ products: "false", has_products: "true" });
    expect(imageQuery.toUpstream(query)).toMatchObject({ list_products: true });
    expect(imageQuery.schema.safeParse({ has_products: "false" }).success).toBe(false);
    expect(imageQuery.toSearchParams(query).get("has_products")).toBe("true");
  });
});
