import { describe, expect, it } from "vitest";
import { newRow } from "./state";
import { unreadable } from "./row-readiness";
import type { Row } from "./types";

const URL = "https://images.example/a.jpg";

function row(patch: { url?: string; probe?: Row["probe"]; w?: string; h?: string }): Row {
  const base = newRow();
  return {
    ...base,
    fields: {
      ...base.fields,
      private_hires_uri: patch.url ?? URL,
      pix_w: patch.w ?? "",
      pix_h: patch.h ?? "",
    },
    probe: patch.probe ?? { state: "idle", url: "" },
  };
}

describe("unreadable", () => {
  it.each([
    ["probe failed for this URL", row({ probe: { state: "error", url: URL } }), true],
    ["failed, padded URL", row({ url: ` ${URL} `, probe: { state: "error", url: URL } }), true],
    [
      "failed for an older URL",
      row({ probe: { state: "error", url: "https://x.example/" } }),
      false,
    ],
    [
      "failed, size filled by hand",
      row({ probe: { state: "error", url: URL }, w: "10", h: "20" }),
      false,
    ],
    ["failed, only width filled", row({ probe: { state: "error", url: URL }, w: "10" }), true],
    ["read", row({ probe: { state: "done", url: URL } }), false],
    ["reading", row({ probe: { state: "probing", url: URL } }), false],
    ["not read yet", row({}), false],
  ])("%s -> %s", (_, input, expected) => {
    expect(unreadable(input)).toBe(expected);
  });
});
