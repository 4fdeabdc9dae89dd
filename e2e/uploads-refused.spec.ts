// Refused uploads over real HTTP against the built app: each gets its 4xx, the server logs no
// uncaughtException or unhandled rejection, and it keeps answering. The quota and the
// real-type extension are checked on the same server.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { startAppServer, signIn, type AppServer } from "./support/app-server";
import { expect, test } from "./support/fixtures";

const QUOTA = 300 * 1024 * 1024;
const MAX_UPLOAD = 200 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const JPEG_SIGNATURE = Buffer.from("ffd8ffe000104a46494600", "hex");
// A real 1x1 PNG.
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const noise = (bytes: number) => Buffer.alloc(bytes, 0x5a);
const multipart = (boundary: string, parts: string) =>
  Buffer.from(`--${boundary}\r\n${parts}\r\n--${boundary}--\r\n`, "latin1");

let server: AppServer;
let mediaDir: string;
test.beforeAll(async ({ stack }) => {
  mediaDir = mkdtempSync(join(tmpdir(), "e2e-media-"));
  server = await startAppServer(stack.emulatorPort, {
    UPLOAD_QUOTA_BYTES: String(QUOTA),
    MEDIA_DIR: mediaDir,
  });
});
test.afterAll(async () => {
  await server.stop();
  rmSync(mediaDir, { recursive: true, force: true });
});

/** The usage record the media store keeps for a user (see lib/server/media/usage.ts). */
function setStoredBytes(email: string, bytes: number): void {
  const hash = createHash("sha256").update(email).digest("hex").slice(0, 40);
  mkdirSync(join(mediaDir, ".meta"), { recursive: true });
  writeFileSync(join(mediaDir, ".meta", `usage-${hash}.json`), JSON.stringify({ bytes }));
}

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/**
 * Streams `total` bytes (the head, then filler) over plain node:http, so a 200 MB body never
 * sits in memory. `declare: false` sends it chunked, with no Content-Length to refuse it by;
 * `abortAfter` stops sending once that much is out and the answer came.
 */
function streamUpload(
  cookie: string,
  head: Buffer,
  total: number,
  { declare = true, abortAfter }: { declare?: boolean; abortAfter?: number } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${server.baseURL}/api/uploads?name=big.png`);
    let status = 0;
    const req = httpRequest(url, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "image/png",
        ...(declare ? { "content-length": String(total) } : {}),
      },
    });
    req.on("response", (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on("end", () => {
        if (abortAfter !== undefined) req.destroy();
        resolve(status);
      });
    });
    req.on("error", (error) => (status ? resolve(status) : reject(error)));
    const chunk = Buffer.alloc(1024 * 1024, 0x11);
    let sent = 0;
    const pump = () => {
      if (sent === 0) {
        req.write(head);
        sent = head.length;
      }
      while (sent < total && !req.destroyed) {
        if (abortAfter !== undefined && sent >= abortAfter) return;
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      if (sent >= total) req.end();
    };
    pump();
  });
}

test("20 refused uploads: each a 4xx, no uncaught exception, and the server still answers", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const artist = await browser.newPage();
  await signIn(artist, server.baseURL, "artist");
  const staff = await browser.newPage();
  await signIn(staff, server.baseURL, "staff");
  setStoredBytes("staff@example.com", QUOTA - 2_000);

  const post = async (page: Page, body: Buffer, headers: Record<string, string> = {}) =>
    (
      await page.request.post(`${server.baseURL}/api/uploads?name=x.png`, {
        data: body,
        headers: { "content-type": "application/octet-stream", ...headers },
      })
    ).status();
  const boundary = "----e2eBoundary7MA4YWxk";
  const cases: [string, () => Promise<number>, number][] = [
    ["plain text, 5 KB", () => post(artist, Buffer.from("hello ".repeat(900))), 415],
    ["zeros, 3 MB", () => post(artist, noise(3_000_000)), 415],
    ["a PDF", () => post(artist, Buffer.concat([Buffer.from("%PDF-1.7\n"), noise(800_000)])), 415],
    ["a GIF", () => post(artist, Buffer.concat([Buffer.from("GIF89a"), noise(500_000)])), 415],
    ["HTML", () => post(artist, Buffer.from(`<!doctype html>${"<p>x</p>".repeat(2000)}`)), 415],
    ["a zip", () => post(artist, Buffer.concat([Buffer.from("PK\x03\x04"), noise(400_000)])), 415],
    ["a damaged PNG", () => post(artist, Buffer.concat([PNG_SIGNATURE, noise(300_000)])), 415],
    ["a damaged JPEG", () => post(artist, Buffer.concat([JPEG_SIGNATURE, noise(1_000_000)])), 415],
    ["an empty body", () => post(artist, Buffer.alloc(0)), 400],
    [
      "multipart with an image part",
      () =>
        post(
          artist,
          multipart(
            boundary,
            `Content-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${TINY_PNG.toString("latin1")}${"x".repeat(50_000)}`,
          ),
          { "content-type": `multipart/form-data; boundary=${boundary}` },
        ),
      415,
    ],
    [
      "multipart cut off mid-part",
      () =>
        post(
          artist,
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="f"\r\n\r\n${"y".repeat(200_000)}`,
          ),
          {
            "content-type": `multipart/form-data; boundary=${boundary}`,
          },
        ),
      415,
    ],
    [
      "multipart without a boundary",
      () => post(artist, noise(100_000), { "content-type": "multipart/form-data" }),
      415,
    ],
    [
      "multipart with a 2 MB text field",
      () =>
        post(
          artist,
          multipart(
            boundary,
            `Content-Disposition: form-data; name="t"\r\n\r\n${"z".repeat(2_000_000)}`,
          ),
          {
            "content-type": `multipart/form-data; boundary=${boundary}`,
          },
        ),
      415,
    ],
    ["over quota: a real PNG", () => post(staff, Buffer.concat([TINY_PNG, noise(10_000)])), 413],
    ["over quota: 1 MB", () => post(staff, Buffer.concat([PNG_SIGNATURE, noise(1_000_000)])), 413],
    [
      "over quota: 5 MB streamed",
      async () => streamUpload(await cookieHeader(staff), PNG_SIGNATURE, 5_000_000),
      413,
    ],
    [
      "over quota: declared 50 MB, client gives up",
      async () =>
        streamUpload(await cookieHeader(staff), PNG_SIGNATURE, 50_000_000, {
          abortAfter: 2_000_000,
        }),
      413,
    ],
    [
      "too big: 200 MB + 1 byte, chunked",
      async () =>
        streamUpload(await cookieHeader(artist), PNG_SIGNATURE, MAX_UPLOAD + 1, { declare: false }),
      413,
    ],
    [
      "too big: declared 250 MB, client gives up",
      async () =>
        streamUpload(await cookieHeader(artist), PNG_SIGNATURE, 250 * 1024 * 1024, {
          abortAfter: 3_000_000,
        }),
      413,
    ],
    [
      "wrong type: 201 MB of filler, chunked",
      async () =>
        streamUpload(await cookieHeader(artist), Buffer.alloc(0), MAX_UPLOAD + 1024 * 1024, {
          declare: false,
        }),
      415,
    ],
  ];
  expect(cases).toHaveLength(20);

  const results: string[] = [];
  for (const [name, send, expected] of cases) {
    const status = await send();
    results.push(`${name}: ${status}`);
    expect(status, name).toBe(expected);
  }
  console.log(results.join("\n"));

  // Still answering, and a good upload still goes through.
  expect((await artist.request.get(`${server.baseURL}/login`)).status()).toBe(200);
  const good = await artist.request.post(`${server.baseURL}/api/uploads?name=x.exe`, {
    data: TINY_PNG,
    headers: { "content-type": "application/octet-stream" },
  });
  expect(good.status()).toBe(201);
  const stored = (await good.json()) as { file_name: string; private_hires_uri: string };
  // A PNG named x.exe is stored, and served, as a PNG.
  expect(stored.file_name).toBe("x.png");
  const served = await artist.request.get(stored.private_hires_uri);
  expect(served.headers()["content-type"]).toBe("image/png");

  // Logged once answered: everything the server wrote before it is in the log by then.
  await expect
    .poll(() => server.output())
    .toMatch(/"route":"POST \/api\/uploads"[^\n]*"status":201/);
  const log = server.output();
  expect(log).not.toMatch(/uncaughtException|unhandledRejection|ERR_INVALID_STATE/);
  expect(log).not.toMatch(/"status":5\d\d/);
  await artist.close();
  await staff.close();
});
