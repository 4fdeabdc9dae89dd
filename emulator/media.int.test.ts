// Generated artwork behind the seeded URIs: real JPEGs at the image's aspect ratio, cacheable,
// and nothing outside the media dir is reachable.
import { request } from "node:http";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeRelativePath } from "./routes/media";
import type { RunningEmulator } from "./server";
import { EXAMPLE_IMAGE_GUID } from "./seed";
import { list, startTestEmulator } from "@/test/harness/emulator";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port: emulator.port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

describe("media", () => {
  it("serves the seeded thumbnail and preview as JPEGs with the image's aspect ratio", async () => {
    const [image] = (await list(emulator, { guid_filter: [EXAMPLE_IMAGE_GUID] })).json.images;
    expect(image?.public_thumbnail_uri).toBe(
      `${emulator.origin}/media/thumb/${EXAMPLE_IMAGE_GUID}.jpg`,
    );
    for (const [uri, size] of [
      [image?.public_thumbnail_uri, { width: 267, height: 400 }],
      [`${emulator.origin}/media/preview/${EXAMPLE_IMAGE_GUID}.jpg`, { width: 1067, height: 1600 }],
    ] as const) {
      const res = await fetch(uri ?? "");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/jpeg");
      expect(res.headers.get("cache-control")).toContain("max-age");
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: "jpeg", ...size });
    }
  });

  it("answers 304 to a matching If-None-Match and headers-only to HEAD", async () => {
    const uri = `${emulator.origin}/media/thumb/${EXAMPLE_IMAGE_GUID}.jpg`;
    const etag = (await fetch(uri)).headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    expect((await fetch(uri, { headers: { "if-none-match": etag } })).status).toBe(304);
    const head = await fetch(uri, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(1000);
  });

  it("makes the hi-res file on first request", async () => {
    const [image] = (
      await list(emulator, { sort_field: "file_size", per_page: 1, sort_direction: "ASC" })
    ).json.images;
    const res = await fetch(`${emulator.origin}/media/hires/${image?.guid}.jpg`);
    expect(res.status).toBe(200);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(Math.max(meta.width, meta.height)).toBe(3000);
  });

  it("404s unknown images and files, and anything escaping the media dir", async () => {
    expect(
      (await fetch(`${emulator.origin}/media/thumb/00000000-0000-4000-8000-000000000000.jpg`))
        .status,
    ).toBe(404);
    expect((await fetch(`${emulator.origin}/media/other/file.jpg`)).status).toBe(404);
    for (const path of [
      "/media/../emulator.sqlite",
      "/media/%2e%2e/emulator.sqlite",
      "/media/thumb/..%2F..%2Femulator.sqlite",
      "/media/..%5c..%5cemulator.sqlite",
      "/media/%2Fetc%2Fpasswd",
      "/media/thumb/%E0%A4%A.jpg",
    ]) {
      expect(await rawGet(path), path).toBe(404);
    }
  });

  it("safeRelativePath refuses climbing, absolute and odd paths", () => {
    expect(safeRelativePath("thumb/a.jpg")).toBe("thumb/a.jpg");
    for (const bad of [
      "",
      "../x",
      "thumb/../../x",
      "%2e%2e/x",
      "/etc/passwd",
      "a\\b",
      "a//b",
      "./a",
      "%00",
      "%E0%A4%A",
    ]) {
      expect(safeRelativePath(bad), bad).toBeUndefined();
    }
  });
});
