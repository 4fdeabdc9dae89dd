import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it.each([
    ["same text", "Blue sea", "Blue sea", [["same", "Blue sea"]]],
    ["both empty", "", "", []],
    ["from empty", "", "New title", [["added", "New title"]]],
    ["to empty", "Old title", "", [["removed", "Old title"]]],
    [
      "one word changed",
      "Blue sea at dawn",
      "Blue sea at dusk",
      [
        ["same", "Blue sea at "],
        ["removed", "dawn"],
        ["added", "dusk"],
      ],
    ],
    [
      "word added in the middle",
      "Blue sea",
      "Blue calm sea",
      [
        ["same", "Blue "],
        ["added", "calm "],
        ["same", "sea"],
      ],
    ],
  ] as const)("%s", (_name, before, after, expected) => {
    const parts = wordDiff(before, after);
    expect(parts.map((p) => [p.kind, p.text])).toEqual(expected);
  });

  it("keeps every character: the same parts and removed parts give the old text back", () => {
    const before = "A  quiet   harbour, early morning";
    const after = "A busy harbour,\nlate morning light";
    const parts = wordDiff(before, after);
    const join = (skip: string) =>
      parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join("");
    expect(join("added")).toBe(before);
    expect(join("removed")).toBe(after);
  });

  it("shows a huge replacement whole rather than diffing it word by word", () => {
    const before = "a ".repeat(3_000);
    const after = "b ".repeat(3_000);
    expect(wordDiff(before, after).map((p) => p.kind)).toEqual(["removed", "added"]);
  });
});
