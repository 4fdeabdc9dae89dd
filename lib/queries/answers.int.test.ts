// @vitest-environment happy-dom
// The browser fetchers against a real HTTP server (happy-dom's own fetch, no stub): an answer
// of the wrong shape is an ApiRequestError the error state shows, never a cast that lies.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DetachedWindowAPI } from "happy-dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageQuerySchema } from "@/lib/schemas/image-query";
import { fetchImageList } from "./images";
import { patchImageTexts } from "./image-text";
import { submitImages } from "./add-images";

declare global {
  interface Window {
    /** happy-dom's control surface: relative URLs resolve against the page it sets. */
    happyDOM: DetachedWindowAPI;
  }
}

let server: Server;
let body = "";

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  window.happyDOM.setURL(`http://127.0.0.1:${port}/images`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const GUID = "5dbae1c2-addc-47ce-9468-843b9730aa52";
const IMAGE = {
  id: 1,
  guid: GUID,
  title: "Harbor",
  description: "At dawn",
  file_name: "harbor.jpg",
  file_size: 1000,
  thumbnail_file_name: null,
  preview_file_name: null,
  hires_file_name: null,
  public_thumbnail_uri: null,
  public_preview_uri: null,
  personal_gallery_title: null,
  members_gallery_category: null,
  private_hires_uri: "https://images.example.com/harbor.jpg",
  pix_w: 10,
  pix_h: 10,
  date_added: "2025-01-01T00:00:00",
  date_expires: null,
  active: true,
  products: null,
};
const LIST = { images: [IMAGE], page_number: 1, per_page: 24, count: 1 };
const text = { title: "Harbor", description: "At dawn" };

const FETCHERS = {
  list: () => fetchImageList(imageQuerySchema.parse({})),
  patch: () => patchImageTexts([{ guid: GUID, text, expected: text }]),
  add: () => submitImages([], "key-1"),
};

const MALFORMED: [keyof typeof FETCHERS, string, unknown][] = [
  ["list", "not JSON", "<html>oops</html>"],
  ["list", "an empty body", ""],
  ["list", "images not a list", { ...LIST, images: "all" }],
  ["list", "count as text", { ...LIST, count: "1" }],
  ["list", "an image without guid", { ...LIST, images: [{ ...IMAGE, guid: undefined }] }],
  ["list", "a title that is a number", { ...LIST, images: [{ ...IMAGE, title: 7 }] }],
  ["list", "an error body with status 200", { error: { code: "x", message: "y" } }],
  ["patch", "no images", {}],
  ["patch", "a saved image without title", { images: [{ guid: GUID, description: "" }] }],
  ["patch", "failed rows without an error", { images: [], failed: [{ index: 0, guid: GUID }] }],
  ["add", "images of another shape", { images: [{ guid: GUID }] }],
  ["add", "failed rows without index", { images: [], failed: [{ error: {} }] }],
];

describe("browser fetchers parse what they receive", () => {
  it.each(MALFORMED)("%s: %s is an unreadable answer", async (fetcher, _name, answer) => {
    body = typeof answer === "string" ? answer : JSON.stringify(answer);
    await expect(FETCHERS[fetcher]()).rejects.toMatchObject({
      name: "ApiRequestError",
      code: "internal_error",
      message: "The server sent an answer that could not be read.",
    });
  });

  it("returns well-formed answers parsed", async () => {
    body = JSON.stringify(LIST);
    await expect(FETCHERS.list()).resolves.toMatchObject({ count: 1, images: [{ guid: GUID }] });
    body = JSON.stringify({ images: [{ guid: GUID, ...text }] });
    await expect(FETCHERS.patch()).resolves.toMatchObject({
      saved: [{ guid: GUID, text }],
      failed: [],
    });
    body = JSON.stringify({ images: [IMAGE] });
    await expect(FETCHERS.add()).resolves.toMatchObject({ images: [{ guid: GUID }], failed: [] });
  });
});
