import { describe, expect, it } from "vitest";
import { addImagesBodySchema, updateImagesBodySchema } from "./image-input";
import { hasControlCharacters } from "./unicode-text";

const GUID = "5dbae1c2-addc-47ce-9468-843b9730aa52";
const good = {
  title: "Harbor",
  file_name: "harbor.jpg",
  private_hires_uri: "https://cdn.example.com/harbor.jpg",
  pix_w: 4000,
  pix_h: 3000,
};
const add = (image: Record<string, unknown>) =>
  addImagesBodySchema.safeParse({ images: [{ ...good, ...image }] });

describe("add input", () => {
  it("accepts a full image, keeps text as typed and drops empty optional fields", () => {
    const parsed = addImagesBodySchema.parse({
      images: [
        {
          ...good,
          title: "  <b>Tom & Jerry</b> ",
          description: "line 1\nline 2\ttab",
          public_thumbnail_uri: "",
          file_size: 0,
        },
      ],
      library: "temporary",
    });
    expect(parsed.images[0]).toMatchObject({
      title: "  <b>Tom & Jerry</b> ",
      description: "line 1\nline 2\ttab",
      file_size: 0,
    });
    expect(parsed.images[0]?.public_thumbnail_uri).toBeUndefined();
  });

  it.each([
    ["title too long", { title: "x".repeat(201) }],
    ["blank title", { title: "   " }],
    ["title with newline", { title: "a\nb" }],
    ["title with NUL", { title: "a\u0000b" }],
    ["title with C1 control", { title: "a\u0085b" }],
    ["description too long", { description: "x".repeat(2001) }],
    ["description with escape", { description: "a\u001bb" }],
    ["file_name with slash", { file_name: "a/b.jpg" }],
    ["file_name with backslash", { file_name: "a\\b.jpg" }],
    ["file_name ..", { file_name: ".." }],
    ["file_name too long", { file_name: `${"x".repeat(197)}.jpg` }],
    ["javascript: URI", { private_hires_uri: "javascript:alert(1)" }],
    ["ftp URI", { private_hires_uri: "ftp://x.example/a.jpg" }],
    ["URI too long", { private_hires_uri: `https://x.example/${"a".repeat(2000)}` }],
    ["URI with space", { public_preview_uri: "https://x.example/a b.jpg" }],
    ["pix_w zero", { pix_w: 0 }],
    ["pix_h too large", { pix_h: 100_001 }],
    ["pix_w fractional", { pix_w: 1.5 }],
    ["pix_w as string", { pix_w: "100" }],
    ["file_size negative", { file_size: -1 }],
    ["title as number", { title: 5 }],
    ["unknown key", { price: 5 }],
  ])("rejects %s", (_name, image) => {
    expect(add(image).success).toBe(false);
  });

  it("accepts the limits themselves", () => {
    expect(
      add({
        title: "x".repeat(200),
        description: "x".repeat(2000),
        pix_w: 100_000,
        file_name: "x".repeat(200),
      }).success,
    ).toBe(true);
  });

  it("takes 1 to 50 images and rejects prototype keys", () => {
    expect(addImagesBodySchema.safeParse({ images: [] }).success).toBe(false);
    expect(
      addImagesBodySchema.safeParse({ images: Array.from({ length: 50 }, () => good) }).success,
    ).toBe(true);
    expect(
      addImagesBodySchema.safeParse({ images: Array.from({ length: 51 }, () => good) }).success,
    ).toBe(false);
    expect(
      addImagesBodySchema.safeParse(
        JSON.parse(`{"images":[${JSON.stringify(good)}],"__proto__":{"admin":true}}`),
      ).success,
    ).toBe(false);
    expect(
      addImagesBodySchema.safeParse(
        JSON.parse(
          `{"images":[{"__proto__":{"x":1},"file_name":"a.jpg","private_hires_uri":"https://a.example/a"}]}`,
        ),
      ).success,
    ).toBe(false);
  });
});

describe("update input", () => {
  it("accepts title and/or description with an optional expected value", () => {
    expect(
      updateImagesBodySchema.safeParse({ images: [{ guid: GUID, title: "New" }] }).success,
    ).toBe(true);
    expect(
      updateImagesBodySchema.safeParse({ images: [{ guid: GUID, description: "" }] }).success,
    ).toBe(true);
    expect(
      updateImagesBodySchema.safeParse({
        images: [{ guid: GUID, title: "N", expected: { title: "Old", description: null } }],
      }).success,
    ).toBe(true);
  });

  it.each([
    ["no change", { images: [{ guid: GUID }] }],
    ["bad guid", { images: [{ guid: "1; DROP TABLE images", title: "x" }] }],
    ["empty title", { images: [{ guid: GUID, title: "" }] }],
    [
      "duplicate guid",
      {
        images: [
          { guid: GUID, title: "a" },
          { guid: GUID.toUpperCase(), title: "b" },
        ],
      },
    ],
    ["no images", { images: [] }],
    ["images not a list", { images: { guid: GUID } }],
    ["extra key", { images: [{ guid: GUID, title: "a", active: false }] }],
  ])("rejects %s", (_name, body) => {
    expect(updateImagesBodySchema.safeParse(body).success).toBe(false);
  });
});

describe("control characters", () => {
  it("allows tab and newlines only in multi-line text", () => {
    expect(hasControlCharacters("a\tb")).toBe(true);
    expect(hasControlCharacters("a\tb\r\n", true)).toBe(false);
    expect(hasControlCharacters("a\u007fb", true)).toBe(true);
    expect(hasControlCharacters("émoji 🎨 ünïcode")).toBe(false);
  });
});
