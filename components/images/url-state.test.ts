import { describe, expect, it } from "vitest";
import { imageQuerySchema, parseImageQueryLenient } from "@/lib/schemas/image-query";
import {
  applyChange,
  clearedFilters,
  detailHref,
  gridHref,
  hasActiveFilters,
  parseViewMode,
} from "./url-state";

const base = imageQuerySchema.parse({});

describe("grid URL state", () => {
  it("resets the page on any change but paging", () => {
    const onPage3 = { ...base, page: 3 };
    expect(applyChange(onPage3, { sort: "title" }).page).toBe(1);
    expect(applyChange(onPage3, { q: "sea" }).page).toBe(1);
    expect(applyChange(onPage3, { page: 4 }).page).toBe(4);
  });

  it("keeps the moved end of a crossed date range", () => {
    const ranged = { ...base, from: "2025-01-01", to: "2025-02-01" };
    expect(applyChange(ranged, { from: "2025-03-01" })).toMatchObject({
      from: "2025-03-01",
      to: undefined,
    });
    expect(applyChange(ranged, { to: "2024-12-01" })).toMatchObject({
      from: undefined,
      to: "2024-12-01",
    });
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
