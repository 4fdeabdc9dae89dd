import { describe, expect, it } from "vitest";
import type { BatchRow } from "@/lib/queries/bulk-save";
import { undoRows } from "./batch-rows";
import type { ShownOutcome } from "./outcomes";

describe("undoRows", () => {
  const text = (title: string) => ({ title, description: "" });
  const sent = (guid: string, before: string, after: string): BatchRow => ({
    guid,
    text: text(after),
    expected: text(before),
    before: text(before),
  });

  it("puts back what each saved row replaced, expecting what it saved; nothing for the rest", () => {
    const outcomes = new Map<string, ShownOutcome>([
      ["a", { status: "saved", text: text("A new"), activityId: "entry-a" }],
      ["b", { status: "saved", text: text("B new") }],
      ["c", { status: "skipped" }],
      ["d", { status: "failed", message: "No." }],
      ["e", { status: "undone" }],
    ]);
    const rows = [
      sent("a", "A old", "A new"),
      // After "Keep mine" the row replaced their version, which is what undo puts back.
      sent("b", "B theirs", "B new"),
      sent("c", "C old", "C new"),
      sent("d", "D old", "D new"),
      sent("e", "E old", "E new"),
    ];
    expect(undoRows(rows, outcomes)).toEqual([
      {
        guid: "a",
        text: text("A old"),
        expected: text("A new"),
        before: text("A new"),
        restoreOf: "entry-a",
      },
      { guid: "b", text: text("B theirs"), expected: text("B new"), before: text("B new") },
    ]);
  });
});
