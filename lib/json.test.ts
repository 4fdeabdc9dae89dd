import { describe, expect, it } from "vitest";
import { parseJsonOrUndefined } from "./json";

describe("parseJsonOrUndefined", () => {
  it.each([
    ['{"a":1}', { a: 1 }],
    ["[1,2]", [1, 2]],
    ["null", null],
    ["", undefined],
    ["   ", undefined],
    ["{broken", undefined],
    ["<html>", undefined],
    [null, undefined],
    [undefined, undefined],
  ])("%j -> %j", (text, expected) => {
    expect(parseJsonOrUndefined(text)).toEqual(expected);
  });
});
