import { describe, expect, it } from "vitest";
import { cleanFileName, withExtension } from "./add-images";
import { descriptionSchema, fileNameSchema, titleSchema } from "./image-input";

const OVERRIDES_AND_ISOLATES = [
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];
const MARKS = ["\u200E", "\u200F", "\u061C"];
const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];
const code = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

describe("user text", () => {
  const schemas = [
    ["title", titleSchema],
    ["description", descriptionSchema],
    ["file name", fileNameSchema],
  ] as const;

  for (const [name, schema] of schemas) {
    it.each(OVERRIDES_AND_ISOLATES.map((ch) => [code(ch), ch]))(`${name}: refuses %s`, (_, ch) => {
      expect(issues(schema.safeParse(`photo${ch}gpj.exe`))).toEqual([
        expect.stringMatching(/^must not contain bidirectional/),
      ]);
    });
    it.each(LONE_SURROGATES.map((ch) => [code(ch), ch]))(`${name}: refuses lone %s`, (_, ch) => {
      expect(issues(schema.safeParse(`a${ch}b`))).toEqual(["must be valid Unicode text"]);
    });
    it(`${name}: keeps a surrogate pair (emoji) and normalises to NFC`, () => {
      expect(schema.parse("Cafe\u0301 🎨")).toBe("Café 🎨");
    });
  }

  it.each(MARKS.map((ch) => [code(ch), ch]))(
    "allows the mark %s in titles and descriptions, not in file names",
    (_, ch) => {
      expect(titleSchema.parse(`עברית${ch} 2024`)).toBe(`עברית${ch} 2024`);
      expect(descriptionSchema.safeParse(`غروب${ch}`).success).toBe(true);
      expect(issues(fileNameSchema.safeParse(`a${ch}.jpg`))).toEqual([
        "must not contain bidirectional control characters",
      ]);
    },
  );

  it("counts length after normalising", () => {
    // 200 decomposed "é" are 400 code units but 200 characters once composed.
    expect(titleSchema.safeParse("e\u0301".repeat(200)).success).toBe(true);
  });
});

describe("server-made file names", () => {
  it("drop bidirectional controls and lone surrogates instead of refusing", () => {
    expect(cleanFileName("photo\u202Egpj.exe")).toBe("photogpj.exe");
    expect(cleanFileName("a\uD800\u200F.png")).toBe("a.png");
    expect(cleanFileName("cafe\u0301.jpg")).toBe("café.jpg");
  });

  it.each([
    ["x.exe", "image/png", "x.png"],
    ["photo.jpg", "image/png", "photo.png"],
    ["photo.JPEG", "image/jpeg", "photo.JPEG"],
    ["photo.jpe", "image/jpeg", "photo.jpe"],
    ["scan.tiff", "image/tiff", "scan.tiff"],
    ["scan", "image/tiff", "scan.tif"],
    ["art.png", "image/webp", "art.webp"],
    ["Sunset v1.2", "image/jpeg", "Sunset v1.2.jpg"],
    [".exe", "image/png", "image.png"],
  ] as const)("%s holding %s is named %s", (name, type, expected) => {
    expect(withExtension(name, type)).toBe(expected);
  });
});
