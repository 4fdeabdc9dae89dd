import { describe, expect, it } from "vitest";
import { toBrowserUrl } from "./browser-url";

const ROUTES = {
  "http://localhost:3000/media/": "/media/",
  "http://127.0.0.1:4010/media/": "/emulator-media/",
};

describe("toBrowserUrl", () => {
  it.each([
    ["http://localhost:3000/media/u/abc/thumb.jpg", "/media/u/abc/thumb.jpg"],
    ["http://127.0.0.1:4010/media/thumb/1.jpg", "/emulator-media/thumb/1.jpg"],
    // Other hosts, ports, paths and the bare prefix are left alone.
    ["https://cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg"],
    ["http://localhost:3001/media/x.jpg", "http://localhost:3001/media/x.jpg"],
    ["http://127.0.0.1:4010/v3/list_images", "http://127.0.0.1:4010/v3/list_images"],
    ["http://127.0.0.1:4010/media/", "http://127.0.0.1:4010/media/"],
    ["http://localhost:3000/mediax/a.jpg", "http://localhost:3000/mediax/a.jpg"],
  ])("%s -> %s", (url, expected) => {
    expect(toBrowserUrl(url, ROUTES)).toBe(expected);
  });
});
