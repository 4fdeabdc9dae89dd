import { describe, expect, it } from "vitest";
import { duplicateReason } from "./duplicates";

const library = {
  private_hires_uri: "https://cdn.example.com/a/harbour.jpg",
  file_name: "Harbour.jpg",
  file_size: 123_456,
  pix_w: 4000,
  pix_h: 3000,
};

describe("duplicateReason", () => {
  it.each([
    ["the same URL", { private_hires_uri: " https://cdn.example.com/a/harbour.jpg " }, "same_url"],
    [
      "the same name (any case) and size",
      { file_name: "harbour.JPG", file_size: 123_456 },
      "same_file",
    ],
    [
      "the same stem and pixels, another format",
      { file_name: "harbour.tif", pix_w: 4000, pix_h: 3000 },
      "same_stem_and_pixels",
    ],
    ["the same name, another size", { file_name: "Harbour.jpg", file_size: 1 }, null],
    ["the same stem, other pixels", { file_name: "harbour.png", pix_w: 3000, pix_h: 4000 }, null],
    ["another URL", { private_hires_uri: "https://cdn.example.com/b/harbour.jpg" }, null],
    ["nothing known", {}, null],
  ] as const)("%s: %s", (_name, row, reason) => {
    expect(duplicateReason(row, library)).toBe(reason);
  });
});
