import { describe, expect, it } from "vitest";
import type { ActivityEntry } from "@/lib/schemas/activity";
import { restoreRows } from "./restore-rows";

const entry = (overrides: Partial<ActivityEntry>): ActivityEntry => ({
  id: "01a22c22-2ddf-7000-aea2-e2799c808212",
  at: "2026-01-01T00:00:00Z",
  actor: { email: "staff@example.com", name: "Sam", role: "staff" },
  action: "image.update",
  image: { guid: "aaaaaaaa-0000-4000-8000-000000000001", title: "Old" },
  before: { title: "Old", description: null },
  after: { title: "New", description: null },
  outcome: "ok",
  error_code: null,
  reference_id: null,
  request_id: "r",
  batch_id: "b",
  restore_of: null,
  removed_products_count: 0,
  ...overrides,
});

describe("restoreRows", () => {
  const image = { title: "New", description: "", extra: "not sent" };
  const current = new Map([["aaaaaaaa-0000-4000-8000-000000000001", image]]);

  it("puts back the text before each change, expecting only the text the image has now", () => {
    expect(restoreRows([entry({})], current)).toEqual([
      {
        guid: "aaaaaaaa-0000-4000-8000-000000000001",
        text: { title: "Old", description: "" },
        expected: { title: "New", description: "" },
        before: { title: "New", description: "" },
        restoreOf: "01a22c22-2ddf-7000-aea2-e2799c808212",
      },
    ]);
  });

  it.each<[string, Partial<ActivityEntry>]>([
    ["a failed change", { outcome: "failed" }],
    ["an add", { action: "image.add", before: null }],
    [
      "an image no longer there",
      { image: { guid: "bbbbbbbb-0000-4000-8000-000000000002", title: "x" } },
    ],
  ])("leaves out %s", (_name, overrides) => {
    expect(restoreRows([entry(overrides)], current)).toEqual([]);
  });
});
