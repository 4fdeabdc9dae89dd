import { describe, expect, it } from "vitest";
import { countOutcomes, outcomeSummary, type ShownOutcome } from "./outcomes";

const saved: ShownOutcome = { status: "saved", text: { title: "t", description: "" } };
const skipped: ShownOutcome = { status: "skipped" };
const conflict: ShownOutcome = {
  status: "conflict",
  current: { title: "theirs", description: "" },
  message: "changed",
};
const failed: ShownOutcome = { status: "failed", message: "No." };

describe("outcomeSummary", () => {
  it.each<[string, ShownOutcome[], string]>([
    ["nothing yet", [], ""],
    ["all saved", [saved, saved], "2 saved"],
    [
      "skipped rows count on their own",
      [saved, skipped, skipped],
      "1 saved · 2 skipped (have products)",
    ],
    ["one skipped", [skipped], "1 skipped (has products)"],
    [
      "every kind",
      [saved, { status: "undone" }, skipped, conflict, conflict, failed, { status: "theirs" }],
      "1 saved · 1 undone · 1 skipped (has products) · 2 conflicts · 1 failed · 1 kept their version",
    ],
  ])("%s", (_name, outcomes, expected) => {
    expect(outcomeSummary(countOutcomes(outcomes))).toBe(expected);
  });
});
