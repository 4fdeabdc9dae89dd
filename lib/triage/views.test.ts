import { describe, expect, it } from "vitest";
import { fileStem, isUntitled, triageFlags } from "./views";

describe("isUntitled", () => {
  it.each([
    ["", "sunset.jpg", true],
    ["   ", null, true],
    ["sunset", "sunset.jpg", true], // the file name without extension
    ["Sunset", "sunset.jpg", true],
    ["sunset.jpg", "sunset.jpg", true],
    ["IMG_1234", "whatever.jpg", true],
    ["DSC_1234", null, true],
    ["DSCN0042", null, true],
    ["DSC01234.JPG", null, true],
    ["PXL_20240101_120000", null, true],
    ["_MG_9876", null, true],
    ["Sunset over the bay", "sunset.jpg", false],
    ["Imagine", null, false],
    ["IMG of my cat", null, false],
    ["Harbour 1234", "harbour.jpg", false],
  ])("%j (file %j) is untitled: %s", (title, file, untitled) => {
    expect(isUntitled(title, file)).toBe(untitled);
  });
});

describe("fileStem", () => {
  it.each([
    ["a.b.jpg", "a.b"],
    [".hidden", ".hidden"],
    ["noext", "noext"],
    [null, ""],
  ])("%j -> %j", (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });
});

describe("triageFlags", () => {
  it("flags each view from the image's fields", () => {
    expect(
      triageFlags({
        title: "IMG_0001",
        description: " ",
        file_name: "IMG_0001.jpg",
        pix_w: 600,
        pix_h: 400,
        products_count: 2,
      }),
    ).toEqual({
      untitled: true,
      missing_description: true,
      low_resolution: true,
      with_products: true,
    });
    expect(
      triageFlags({
        title: "Harbour",
        description: "At dawn",
        file_name: "h.jpg",
        pix_w: 2400,
        pix_h: 3000,
        products_count: 0,
      }),
    ).toEqual({
      untitled: false,
      missing_description: false,
      low_resolution: false,
      with_products: false,
    });
  });
});
