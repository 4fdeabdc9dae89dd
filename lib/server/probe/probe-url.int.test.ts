import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors/app-error";
import type { FetchPolicy } from "@/lib/server/fetch/guarded-fetch";
import { PROBE_MAX_BYTES, probeUrl, totalSize } from "./probe-url";

// probeUrl against a real HTTP server on loopback (allowed by host:port, as the emulator is),
// with real JPEG, PNG, WebP and TIFF files made by sharp.

interface Served {
  body: Buffer;
  type: string;
}

const files = new Map<string, Served>();
let server: Server;
let origin: string;
let bytesSent = 0;
/** When false the server ignores Range, as some hosts do. */
let honourRange = true;
const hung = new Set<ServerResponse>();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (path === "/hang") {
    hung.add(res);
    return;
  }
  if (path === "/stall") {
    res.writeHead(200, { "content-type": "image/jpeg", "content-length": "100000" });
    res.write(Buffer.alloc(10));
    hung.add(res);
    return;
  }
  if (path === "/to-private")
    return void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
  if (path === "/to-other-port")
    return void res.writeHead(301, { location: "http://127.0.0.1:9/x.jpg" }).end();
  if (path === "/to-jpeg") return void res.writeHead(307, { location: "/photo.jpg" }).end();
  if (path === "/loop") return void res.writeHead(302, { location: "/loop" }).end();
  if (path === "/missing.jpg")
    return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>gone</h1>");
  const file = files.get(path);
  if (!file) return void res.writeHead(404).end();
  const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "");
  let body = file.body;
  if (range && honourRange) {
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]), body.length - 1);
    body = body.subarray(start, end + 1);
    res.writeHead(206, {
      "content-type": file.type,
      "content-length": body.length,
      "content-range": `bytes ${start}-${end}/${file.body.length}`,
    });
  } else {
    res.writeHead(200, { "content-type": file.type, "content-length": body.length });
  }
  // Counted as it leaves, so the test sees how much a probe made the host send.
  const chunk = 64 * 1024;
  let offset = 0;
  const pump = () => {
    while (offset < body.length) {
      const part = body.subarray(offset, offset + chunk);
      offset += part.length;
      bytesSent += part.length;
      if (!res.write(part)) return void res.once("drain", pump);
    }
    res.end();
  };
  res.on("close", () => (offset = body.length));
  pump();
}

const policy = (): FetchPolicy => ({
  allowHosts: [new URL(origin).host],
  timeoutMs: 1500,
  maxRedirects: 3,
  maxBytes: PROBE_MAX_BYTES,
});

async function probeError(path: string, overrides: Partial<FetchPolicy> = {}): Promise<AppError> {
  const error = await probeUrl(`${origin}${path}`, { ...policy(), ...overrides }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  const art = () =>
    sharp({
      create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 80, b: 40 } },
    });
  files.set("/photo.jpg", { body: await art().jpeg().toBuffer(), type: "image/jpeg" });
  files.set("/Sunset%20Beach.png", { body: await art().png().toBuffer(), type: "image/png" });
  files.set("/art.webp", { body: await art().webp().toBuffer(), type: "image/webp" });
  files.set("/scan.tif", { body: await art().tiff().toBuffer(), type: "image/tiff" });
  files.set("/notes.txt", {
    body: Buffer.from("hello, not an image\n".repeat(50)),
    type: "text/plain",
  });
  files.set("/anim.gif", { body: await art().gif().toBuffer(), type: "image/gif" });
  // A portrait phone photo: stored landscape, EXIF orientation 6 (turn a quarter).
  files.set("/phone.jpg", {
    body: await art().jpeg().withMetadata({ orientation: 6 }).toBuffer(),
    type: "image/jpeg",
  });
  // About 20 MB of real JPEG (noise does not compress).
  const noise = { type: "gaussian" as const, mean: 128, sigma: 90 };
  const huge = await sharp({
    create: { width: 4200, height: 3200, channels: 3, noise, background: "#000" },
  })
    .jpeg({ quality: 100 })
    .toBuffer();
  files.set("/huge.jpg", { body: huge, type: "image/jpeg" });
  // A big TIFF: libtiff writes the image directory after the pixels, past the first 512 KB.
  const bigTiff = await sharp({
    create: { width: 1500, height: 1000, channels: 3, noise, background: "#000" },
  })
    .tiff({ compression: "none" })
    .toBuffer();
  files.set("/big.tif", { body: bigTiff, type: "image/tiff" });

  server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  for (const res of hung) res.destroy();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe("probeUrl reads type, size and dimensions", () => {
  it.each([
    ["/photo.jpg", "image/jpeg", "photo.jpg"],
    ["/Sunset%20Beach.png", "image/png", "Sunset Beach.png"],
    ["/art.webp", "image/webp", "art.webp"],
    ["/scan.tif", "image/tiff", "scan.tif"],
  ])("%s", async (path, type, name) => {
    const result = await probeUrl(`${origin}${path}`, policy());
    expect(result).toMatchObject({
      content_type: type,
      pix_w: 640,
      pix_h: 480,
      file_name: name,
      file_size: files.get(path)!.body.length,
    });
    expect(result.bytes_read).toBeGreaterThan(0);
  });

  it("reports what a person sees for a rotated phone photo", async () => {
    expect(await probeUrl(`${origin}/phone.jpg`, policy())).toMatchObject({
      pix_w: 480,
      pix_h: 640,
    });
  });

  it("follows a redirect on an allowed host and names the file after the URL given", async () => {
    expect(await probeUrl(`${origin}/to-jpeg`, policy())).toMatchObject({
      content_type: "image/jpeg",
      pix_w: 640,
      file_name: "to-jpeg.jpg",
    });
  });

  it("reads only the start of a 20 MB image", async () => {
    const size = files.get("/huge.jpg")!.body.length;
    expect(size).toBeGreaterThan(15 * 1024 * 1024);
    try {
      for (const range of [true, false]) {
        honourRange = range;
        bytesSent = 0;
        const result = await probeUrl(`${origin}/huge.jpg`, policy());
        expect(result).toMatchObject({ pix_w: 4200, pix_h: 3200, file_size: size });
        expect(result.bytes_read).toBeLessThanOrEqual(PROBE_MAX_BYTES);
        // Let the host notice the closed socket, then see what it managed to send.
        await new Promise((r) => setTimeout(r, 100));
        console.info(
          `[probe] ${size} B JPEG, Range ${range ? "honoured" : "ignored"}: probe read ${result.bytes_read} B, host sent ${bytesSent} B`,
        );
        // Without Range the host fills the socket buffers before the probe hangs up.
        if (range) expect(bytesSent).toBeLessThanOrEqual(64 * 1024);
      }
    } finally {
      honourRange = true;
    }
  });

  it("finds the directory of a TIFF written after its pixels", async () => {
    const result = await probeUrl(`${origin}/big.tif`, policy());
    expect(result).toMatchObject({ content_type: "image/tiff", pix_w: 1500, pix_h: 1000 });
    expect(result.bytes_read).toBeLessThanOrEqual(PROBE_MAX_BYTES + 64 * 1024);
  });
});

describe("probeUrl refuses", () => {
  it("a file that is not an image", async () => {
    const error = await probeError("/notes.txt");
    expect(error.code).toBe("unsupported_media_type");
    expect(error.message).toBe(
      "This URL does not point to an image: use a JPEG, PNG, TIFF or WebP file.",
    );
  });

  it("an image type the lab does not take", async () => {
    expect((await probeError("/anim.gif")).message).toMatch(/^GIF images are not accepted/);
  });

  it("a redirect to the metadata address, and to a loopback port that is not allowed", async () => {
    for (const path of ["/to-private", "/to-other-port"]) {
      const error = await probeError(path);
      expect(error.code).toBe("invalid_request");
      expect(error.message).toMatch(/private, local or reserved/);
    }
  });

  it("loopback itself when it is not on the allow list", async () => {
    expect((await probeError("/photo.jpg", { allowHosts: [] })).message).toMatch(
      /private, local or reserved/,
    );
  });

  it("a host that never answers, after the timeout", async () => {
    const started = Date.now();
    const error = await probeError("/hang", { timeoutMs: 300 });
    expect(error.code).toBe("upstream_timeout");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("a host that stops sending mid-file", async () => {
    expect((await probeError("/stall", { timeoutMs: 300 })).code).toBe("upstream_timeout");
  });

  it("an error answer, without passing its body on", async () => {
    const error = await probeError("/missing.jpg");
    expect(error.code).toBe("upstream_error");
    expect(error.message).toBe("The image host answered HTTP 404 for this URL.");
  });

  it("endless redirects", async () => {
    expect((await probeError("/loop")).message).toMatch(/redirects too many times/);
  });
});

describe("totalSize", () => {
  it("reads Content-Range and Content-Length", () => {
    expect(totalSize(206, { "content-range": "bytes 0-99/12345" })).toBe(12345);
    expect(totalSize(206, { "content-range": "bytes 0-99/*" })).toBeNull();
    expect(totalSize(200, { "content-length": "42" })).toBe(42);
    expect(totalSize(200, { "content-length": "42", "content-encoding": "gzip" })).toBeNull();
    expect(totalSize(200, {})).toBeNull();
  });
});
