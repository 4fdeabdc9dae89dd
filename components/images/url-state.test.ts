import { describe, expect, it } from "vitest";
import { imageQuerySchema, parseImageQueryLenient } from "@/lib/schemas/image-query";
import {
  activeFilterCount,
  applyChange,
  clearedFilters,
  detailHref,
  gridHref,
  hasActiveFilters,
  parseViewMode,
  sortChange,
  urlDateRange,
} from "./url-state";

const base = imageQuerySchema.parse({});

describe("grid URL state", () => {
  it("resets the page on any change but paging", () => {
    const onPage3 = { ...base, page: 3 };
    expect(applyChange(onPage3, { sort: "title" }).page).toBe(1);
    expect(applyChange(onPage3, { q: "sea" }).page).toBe(1);
    expect(applyChange(onPage3, { page: 4 }).page).toBe(4);
  });

  it("keeps both ends of a crossed date range (the fields show it as an error)", () => {
    const ranged = { ...base, from: "2025-01-01", to: "2025-02-01" };
    expect(applyChange(ranged, { from: "2025-03-01" })).toMatchObject({
      from: "2025-03-01",
      to: "2025-02-01",
    });
    expect(applyChange(ranged, { to: "2024-12-01" })).toMatchObject({
      from: "2025-01-01",
      to: "2024-12-01",
    });
  });

  it.each([
    ["from=2025-03-01&to=2025-02-01", "2025-03-01", "2025-02-01", true],
    ["from=2025-01-01&to=2025-02-01", "2025-01-01", "2025-02-01", false],
    ["from=2025-02-01&to=2025-02-01", "2025-02-01", "2025-02-01", false],
    ["from=0026-01-01", "0026-01-01", undefined, false],
    ["from=2025-02-30&to=2025-01-01", undefined, "2025-01-01", false],
    ["to=2025-01-01", undefined, "2025-01-01", false],
  ])("reads the URL's dates as written: %s", (search, from, to, crossed) => {
    const params = new URLSearchParams(search);
    const range = urlDateRange(params);
    expect(range).toMatchObject({ from, to });
    expect(range.error !== undefined).toBe(crossed);
    if (crossed) {
      expect(range.error).toContain("after");
      // A crossed range is applied by neither end, and counted as two filters on screen.
      const query = parseImageQueryLenient(params);
      expect([query.from, query.to]).toEqual([undefined, undefined]);
      expect(activeFilterCount(query, range)).toBe(2);
    }
  });

  it.each([
    // [current sort, current dir, chosen this session, new sort, expected dir]
    ["date_added", "desc", false, "title", "asc"],
    ["title", "asc", false, "file_size", "desc"],
    ["title", "asc", false, "file_name", "asc"],
    ["file_size", "desc", false, "date_added", "desc"],
    ["date_added", "asc", false, "title", "asc"],
    ["date_added", "asc", false, "file_size", "asc"],
    ["title", "asc", true, "file_size", "asc"],
    ["date_added", "desc", true, "title", "desc"],
  ] as const)("sort %s %s (chosen: %s) then %s: %s", (sort, dir, chosen, next, expected) => {
    const change = sortChange({ ...base, sort, dir }, next, chosen);
    expect(applyChange({ ...base, sort, dir }, change)).toMatchObject({
      sort: next,
      dir: expected,
    });
  });

  it("counts each filter, has_products included", () => {
    const query = { ...base, q: "sea", active: true, has_products: true as const };
    expect(activeFilterCount(query, urlDateRange(new URLSearchParams()))).toBe(3);
    expect(hasActiveFilters({ ...base, has_products: true })).toBe(true);
    expect(clearedFilters(query).has_products).toBeUndefined();
  });

  it("round-trips through the URL with the view mode", () => {
    const query = {
      ...base,
      page: 2,
      sort: "title" as const,
      dir: "asc" as const,
      q: "sea",
      active: false,
    };
    const href = gridHref(query, "list");
    expect(href).toBe("/images?page=2&sort=title&dir=asc&q=sea&active=false&view=list");
    const params = new URLSearchParams(href.split("?")[1]);
    expect(parseImageQueryLenient(params)).toEqual(query);
    expect(parseViewMode(params)).toBe("list");
    expect(gridHref(base, "grid")).toBe("/images");
  });

  it("passes the grid state to the detail page", () => {
    expect(detailHref("abc", { ...base, q: "sea" }, "grid")).toBe("/images/abc?q=sea");
  });

  it("knows when filters are on and clears them but not the view", () => {
    const filtered = {
      ...base,
      q: "sea",
      active: true,
      sort: "title" as const,
      library: "temporary" as const,
      page: 2,
    };
    expect(hasActiveFilters(filtered)).toBe(true);
    const cleared = clearedFilters(filtered);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ sort: "title", library: "temporary", page: 1 });
    expect(hasActiveFilters({ ...base, library: "temporary" })).toBe(false);
  });
});
