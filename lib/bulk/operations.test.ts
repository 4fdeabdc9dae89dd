import { describe, expect, it } from "vitest";
import {
  compileOperation,
  titleCase,
  titleFromFileName,
  trimAndCollapse,
  type BulkOperation,
} from "./operations";

const find = (
  find: string,
  replace: string,
  options: Partial<{ matchCase: boolean; wholeWords: boolean; regex: boolean }> = {},
): BulkOperation => ({
  kind: "find_replace",
  find,
  replace,
  matchCase: false,
  wholeWords: false,
  regex: false,
  ...options,
});

function run(op: BulkOperation, text: string, fileName: string | null = null, multiline = false) {
  const compiled = compileOperation(op);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.apply(text, { fileName }, multiline);
}

describe("find and replace", () => {
  it.each<[string, BulkOperation, string, string]>([
    ["plain, any case", find("study", "Study"), "Study of a STUDY", "Study of a Study"],
    [
      "match case",
      find("study", "Study", { matchCase: true }),
      "study, Study, STUDY",
      "Study, Study, STUDY",
    ],
    ["every occurrence", find("a", "o"), "banana", "bonono"],
    [
      "special characters are literal",
      find("(1.5)", "[x]"),
      "size (1.5) and 105",
      "size [x] and 105",
    ],
    ["$ in a plain replacement stays literal", find("price", "$1"), "price", "$1"],
    [
      "whole words only",
      find("art", "Art", { wholeWords: true }),
      "art party, art",
      "Art party, Art",
    ],
    [
      "whole words in other scripts",
      find("été", "hiver", { wholeWords: true }),
      "étéx été",
      "étéx hiver",
    ],
    [
      "regular expression with groups",
      find("IMG_(\\d+)", "Photo $1", { regex: true }),
      "IMG_0412",
      "Photo 0412",
    ],
    [
      "regular expression, case folded",
      find("^giglee", "Giclee", { regex: true }),
      "GIGLEE print",
      "Giclee print",
    ],
    ["empty find changes nothing", find("", "x"), "unchanged", "unchanged"],
    ["no match", find("zzz", "y"), "unchanged", "unchanged"],
  ])("%s", (_name, op, text, expected) => {
    expect(run(op, text)).toBe(expected);
  });

  it.each(["(", "[a-", "a{2,1}", "\\"])("an invalid expression %j is a clear error", (pattern) => {
    const compiled = compileOperation(find(pattern, "", { regex: true }));
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error).toMatch(/^The regular expression is not valid/);
  });

  it("the same characters are fine as plain text", () => {
    expect(run(find("(", "["), "a (b)")).toBe("a [b)");
  });
});

describe("other operations", () => {
  it.each<[string, BulkOperation, string, string]>([
    ["prefix", { kind: "prefix", text: "Series A: " }, "Dawn", "Series A: Dawn"],
    ["suffix", { kind: "suffix", text: " (2024)" }, "Dawn", "Dawn (2024)"],
    ["replace whole text", { kind: "replace_all", text: "New" }, "Old title", "New"],
    ["trim", { kind: "trim" }, "  Dawn   over\tthe  bay ", "Dawn over the bay"],
    ["title case", { kind: "title_case" }, "study of the sea", "Study of the Sea"],
  ])("%s", (_name, op, text, expected) => {
    expect(run(op, text)).toBe(expected);
  });

  it("uses the file name for the title, and keeps the title when there is none", () => {
    expect(run({ kind: "file_name_title" }, "IMG_0412.jpg", "IMG_0412.jpg")).toBe("IMG 0412");
    expect(run({ kind: "file_name_title" }, "Keep me", null)).toBe("Keep me");
    expect(compileOperation({ kind: "file_name_title" })).toMatchObject({ titleOnly: true });
  });
});

describe("text helpers", () => {
  it.each([
    ["IMG_0412.jpg", "IMG 0412"],
    ["sunset-over--the_bay.final.tiff", "sunset over the bay.final"],
    ["no-extension", "no extension"],
    ["__.png", ""],
    ["archive.tar.gz", "archive.tar"],
  ])("title from file name %j is %j", (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });

  it.each([
    ["the old man and the sea", "The Old Man and the Sea"],
    ["USA landscapes", "USA Landscapes"],
    ["GICLEE PRINT", "GICLEE PRINT"],
    ["éCOLE de nuit", "École De Nuit"],
    ["a", "A"],
    ["  two  spaces ", "  Two  Spaces "],
    ["o'keeffe's flowers", "O'keeffe's Flowers"],
  ])("title case of %j is %j", (text, expected) => {
    expect(titleCase(text)).toBe(expected);
  });

  it.each([
    ["  a   b  ", false, "a b"],
    ["line one  \n\n\n\n  line   two\t", true, "line one\n\nline two"],
    ["a\r\nb", true, "a\nb"],
    ["tabs\tand\nnewlines", false, "tabs and newlines"],
  ])("trim and collapse %j (multi-line %s)", (text, multiline, expected) => {
    expect(trimAndCollapse(text, multiline)).toBe(expected);
  });
});
