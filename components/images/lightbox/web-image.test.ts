import { describe, expect, it } from "vitest";
import { webHiresUri } from "./web-image";

describe("webHiresUri", () => {
  it.each([
    ["https://x.example/a.jpg", null, "https://x.example/a.jpg"],
    ["https://x.example/a.JPEG?sig=1", null, "https://x.example/a.JPEG?sig=1"],
    ["https://x.example/a.png#x", null, "https://x.example/a.png#x"],
    ["https://x.example/a.webp", null, "https://x.example/a.webp"],
    ["https://x.example/a.tif", null, null],
    ["https://x.example/a.tiff", null, null],
    ["https://x.example/file", "master.psd", null],
    ["https://x.example/file", "master.jpg", "https://x.example/file"],
    ["https://x.example/a.jpg", "master.tif", null],
    [null, "a.jpg", null],
  ])("%s named %s -> %s", (uri, name, expected) => {
    expect(webHiresUri({ private_hires_uri: uri, hires_file_name: name })).toBe(expected);
  });
});
