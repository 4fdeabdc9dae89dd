// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { repairLists } from "./repair-lists";

function repaired(html: string): string {
  const div = document.createElement("div");
  div.innerHTML = html;
  repairLists(div);
  return div.innerHTML;
}

describe("repairLists", () => {
  it("wraps stray text and nests a following list into its item (FinerWorks' example shape)", () => {
    expect(
      repaired(
        '<ul>8 x 10" Paper<ul><li>Border</li></ul></li><li>Frame: Rustic<ul><li>Red</li></ul></li></ul>',
      ),
    ).toBe(
      '<ul><li>8 x 10" Paper<ul><li>Border</li></ul></li><li>Frame: Rustic<ul><li>Red</li></ul></li></ul>',
    );
  });

  it("keeps inline runs together and leaves good lists alone", () => {
    expect(repaired("<ol>a <b>b</b> c</ol>")).toBe("<ol><li>a <b>b</b> c</li></ol>");
    expect(repaired("<ul>\n<li>x</li>\n</ul>")).toBe("<ul>\n<li>x</li>\n</ul>");
  });

  it("puts a list that opens a list into an item of its own", () => {
    expect(repaired("<ul><ul><li>x</li></ul></ul>")).toBe("<ul><li><ul><li>x</li></ul></li></ul>");
  });
});
