import { describe, expect, it } from "vitest";
import { pageWindow } from "./page-numbers";

describe("pageWindow", () => {
  it("shows every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
  it("elides far pages", () => {
    expect(pageWindow(1, 9)).toEqual([1, 2, "gap", 9]);
    expect(pageWindow(5, 9)).toEqual([1, "gap", 4, 5, 6, "gap", 9]);
    expect(pageWindow(9, 9)).toEqual([1, "gap", 8, 9]);
  });
  it("fills a one-page gap instead of eliding it", () => {
    expect(pageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, "gap", 9]);
  });
});
