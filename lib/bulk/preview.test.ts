import { describe, expect, it } from "vitest";
import { compileOperation, type BulkField, type BulkOperation } from "./operations";
import { isSavable, previewOperation, type BulkSource } from "./preview";

const source = (guid: string, title: string, description = "", file_name: string | null = null) =>
  ({ guid, title, description, file_name }) satisfies BulkSource;

function preview(sources: BulkSource[], op: BulkOperation, field: BulkField = "title") {
  const compiled = compileOperation(op);
  if (!compiled.ok) throw new Error(compiled.error);
  return previewOperation(sources, compiled, field);
}

describe("previewOperation", () => {
  const sources = [
    source("a", "study in blue", "a study"),
    source("b", "Study in red", "no match"),
    source("c", "Landscape", "study notes"),
  ];
  const studyToStudy: BulkOperation = {
    kind: "find_replace",
    find: "study",
    replace: "Study",
    matchCase: true,
    wholeWords: false,
    regex: false,
  };

  it.each<[BulkField, string[]]>([
    ["title", ["a"]],
    ["description", ["a", "c"]],
    ["both", ["a", "c"]],
  ])("on %s changes exactly %j", (field, changed) => {
    const summary = preview(sources, studyToStudy, field);
    expect(summary.rows.filter(isSavable).map((r) => r.guid)).toEqual(changed);
    expect(summary.changed).toBe(changed.length);
    expect(summary.unchanged).toBe(3 - changed.length);
    expect(summary.invalid).toBe(0);
  });

  it("keeps the other field as it was", () => {
    const [row] = preview(sources, studyToStudy, "title").rows;
    expect(row).toMatchObject({
      before: { title: "study in blue", description: "a study" },
      after: { title: "Study in blue", description: "a study" },
      titleChanged: true,
      descriptionChanged: false,
    });
  });

  it.each<[string, BulkOperation, BulkField, string]>([
    ["an empty title", { kind: "replace_all", text: "" }, "title", "Title is required."],
    ["a blank title", { kind: "replace_all", text: "   " }, "title", "Title must not be blank."],
    [
      "a title over 200 characters",
      { kind: "suffix", text: "x".repeat(200) },
      "title",
      "Title must be at most 200 characters.",
    ],
    [
      "a description over 2,000 characters",
      { kind: "suffix", text: "y".repeat(2000) },
      "description",
      "Description must be at most 2000 characters.",
    ],
    [
      "control characters",
      { kind: "prefix", text: "\u0007" },
      "title",
      "Title must not contain control characters.",
    ],
  ])("marks %s as invalid with the reason", (_name, op, field, problem) => {
    const summary = preview([source("a", "Old", "Old text")], op, field);
    expect(summary.rows[0]?.problem).toBe(problem);
    expect(summary).toMatchObject({ changed: 0, invalid: 1, unchanged: 0 });
    expect(isSavable(summary.rows[0]!)).toBe(false);
  });

  it("judges the whole text a save sends: an untitled image needs a title first", () => {
    const summary = preview(
      [source("a", "", "old"), source("b", "Titled", "old")],
      { kind: "replace_all", text: "new" },
      "description",
    );
    expect(summary.rows.map((r) => r.problem)).toEqual(["Title is required.", undefined]);
    expect(summary).toMatchObject({ changed: 1, invalid: 1 });
  });

  it("uses the file name for the title whatever the field", () => {
    const summary = preview(
      [source("a", "Untitled", "desc", "IMG_0412.jpg"), source("b", "Kept", "", null)],
      { kind: "file_name_title" },
      "description",
    );
    expect(summary.rows.map((r) => r.after)).toEqual([
      { title: "IMG 0412", description: "desc" },
      { title: "Kept", description: "" },
    ]);
  });
});
