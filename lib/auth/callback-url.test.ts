import { describe, expect, it } from "vitest";
import { redirectCases } from "@/test/harness/fixtures/redirect-cases";
import {
  DEFAULT_AFTER_SIGN_IN,
  nextAuthCanParseCallbackUrl,
  percentDecodeLenient,
  safeCallbackPath,
} from "./callback-url";

const SITES = ["http://localhost:3000", "https://library.example.com"];

describe.each(SITES)("safeCallbackPath on %s", (site) => {
  const cases = redirectCases(site);

  it("has a table of at least 30 variants, on-site and off-site", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.expected !== DEFAULT_AFTER_SIGN_IN).length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const path = safeCallbackPath(c.value, site);
    expect(path).toBe(c.expected);
    // Whatever comes out is a path that reads as this origin on its own.
    expect(path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")).toBe(true);
    expect(new URL(path, "https://elsewhere.example").host).toBe("elsewhere.example");
    expect(new URL(path, site).origin).toBe(new URL(site).origin);
  });
});

describe("safeCallbackPath", () => {
  it("sends everything to /images when the site origin itself is unusable", () => {
    expect(safeCallbackPath("/images/new", "not a url")).toBe("/images");
  });

  it("treats null and undefined as missing", () => {
    expect(safeCallbackPath(null, SITES[0]!)).toBe("/images");
    expect(safeCallbackPath(undefined, SITES[0]!)).toBe("/images");
  });
});

describe("percentDecodeLenient", () => {
  it.each([
    ["plain", "plain"],
    ["%2F%2f", "//"],
    ["100%", "100%"],
    ["%E0%A4%A", "\uFFFD%A"],
    ["%zz%4", "%zz%4"],
    ["caf%C3%A9", "café"],
    ["%25252F", "%252F"],
  ])("%s -> %s", (input, output) => {
    expect(percentDecodeLenient(input)).toBe(output);
  });
});

describe("nextAuthCanParseCallbackUrl", () => {
  it.each([
    ["/images", true],
    ["https://evil.example/", true],
    ["%", false],
    ["javascript:alert(1)", false],
    ["images", false],
    ["//evil.example", true],
    ["data:text/html,x", false],
  ])("%s -> %s", (value, ok) => {
    expect(nextAuthCanParseCallbackUrl(value, "http://localhost:3000")).toBe(ok);
  });
});
