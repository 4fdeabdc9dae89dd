// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { clearDraft, loadDraft, sameText, saveDraft, type ImageDraft } from "./drafts";

// Guids are lower case once parsed (lib/schemas/guid.ts), so drafts key them as they are.
const GUID = "5dbae1c2-0000-4000-8000-000000000001";
const draft: ImageDraft = {
  text: { title: "New title", description: "New description" },
  base: { title: "Old title", description: "" },
  updatedAt: 1_700_000_000_000,
  failure: { message: "FinerWorks did not answer in time.", referenceId: "ref-1" },
};

describe("image drafts", () => {
  beforeEach(() => localStorage.clear());

  it("round-trips a draft per image", () => {
    saveDraft(GUID, draft);
    expect(loadDraft(GUID)).toEqual(draft);
    expect(loadDraft("5dbae1c2-0000-4000-8000-000000000002")).toBeNull();
  });

  it("forgets a draft once cleared", () => {
    saveDraft(GUID, draft);
    clearDraft(GUID);
    expect(loadDraft(GUID)).toBeNull();
  });

  it("ignores stored values that are not drafts", () => {
    localStorage.setItem(`finerworks:draft:${GUID}`, "{not json");
    expect(loadDraft(GUID)).toBeNull();
    localStorage.setItem(`finerworks:draft:${GUID}`, JSON.stringify({ text: { title: 1 } }));
    expect(loadDraft(GUID)).toBeNull();
  });

  it("compares both fields", () => {
    expect(sameText({ title: "a", description: "b" }, { title: "a", description: "b" })).toBe(true);
    expect(sameText({ title: "a", description: "b" }, { title: "a", description: "c" })).toBe(
      false,
    );
  });
});
