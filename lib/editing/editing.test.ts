import { describe, expect, it } from "vitest";
import type { ImageDraft } from "./drafts";
import { imageText, openingSession } from "./open-session";
import { validateImageText } from "./validate";

describe("validateImageText", () => {
  it("accepts a normal title and description", () => {
    expect(
      validateImageText({
        title: "Sunset over the bay",
        description: "Oil on canvas.\nSecond line.",
      }),
    ).toEqual({});
  });

  it.each([
    [{ title: "", description: "" }, { title: "Title is required." }],
    [{ title: "   ", description: "" }, { title: "Title must not be blank." }],
    [
      { title: "x".repeat(201), description: "" },
      { title: "Title must be at most 200 characters." },
    ],
    [
      { title: "bell\u0007", description: "" },
      { title: "Title must not contain control characters." },
    ],
    [
      { title: "line\nbreak", description: "" },
      { title: "Title must not contain control characters." },
    ],
    [
      { title: "ok", description: "y".repeat(2001) },
      { description: "Description must be at most 2000 characters." },
    ],
    [
      { title: "ok", description: "nul\u0000" },
      { description: "Description must not contain control characters." },
    ],
  ])("refuses %j", (text, errors) => {
    expect(validateImageText(text)).toEqual(errors);
  });

  it("allows exactly the limits", () => {
    expect(validateImageText({ title: "x".repeat(200), description: "y".repeat(2000) })).toEqual(
      {},
    );
  });
});

describe("openingSession", () => {
  const current = { title: "Now", description: "Current text" };
  const draft: ImageDraft = {
    text: { title: "Typed", description: "Current text" },
    base: { title: "Then", description: "Current text" },
    updatedAt: 42,
  };

  it("starts from the current text when there is no draft", () => {
    expect(openingSession(current, null, "description")).toEqual({
      phase: "editing",
      focus: "description",
      text: current,
      base: current,
    });
  });

  it("offers a stored draft back with the text it started from", () => {
    expect(openingSession(current, draft, "title")).toEqual({
      phase: "editing",
      focus: "title",
      text: draft.text,
      base: draft.base,
      restoredAt: 42,
    });
  });

  it("reopens a draft whose save failed with its error, ready to retry", () => {
    const failed = { ...draft, failure: { message: "FinerWorks failed.", referenceId: "R1" } };
    expect(openingSession(current, failed, "title")).toMatchObject({
      phase: "failed",
      error: { referenceId: "R1" },
    });
  });

  it("drops a draft that FinerWorks already holds", () => {
    expect(
      openingSession(current, { ...draft, text: current }, "title").restoredAt,
    ).toBeUndefined();
  });

  it("takes only the text of an image", () => {
    const image = { guid: "g", title: "Harbor", description: "", active: true };
    expect(imageText(image)).toEqual({ title: "Harbor", description: "" });
  });
});
