import { describe, expect, it } from "vitest";
import { containsPattern } from "./triage-queries";

// The search's LIKE pattern: the user's text matched literally, lower case, NFC.
describe("containsPattern", () => {
  it.each([
    ["plain word", "Harbour", "%harbour%"],
    ["percent sign is literal", "50%", "%50\\%%"],
    ["underscore is literal", "IMG_12", "%img\\_12%"],
    ["backslash is literal", "a\\b", "%a\\\\b%"],
    ["decomposed accent becomes NFC", "Cafe\u0301", "%caf\u00e9%"],
    ["non-Latin lower case", "ÉTÉ", "%été%"],
  ])("%s", (_, text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});
