import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env/server-schema.mjs";
import { AppError } from "@/lib/server/errors/app-error";
import { resetServerConfigForTests } from "@/lib/server/config";
import { receiveImage } from "./ingest";
import { isSafeKey, keySafeName } from "./keys";
import { LocalMediaStore } from "./local-store";
import { S3MediaStore } from "./s3-store";
import { generateFromUrl, storeUpload } from "./service";
import { MediaStoreUsage } from "./usage";

const art = (width: number, height: number, alpha = false) =>
  sharp({
    create: {
      width,
      height,
      channels: alpha ? 4 : 3,
      background: { r: 30, g: 120, b: 200, alpha: alpha ? 0.5 : 1 },
    },
  });
const noisy = (width: number, height: number) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: "#000",
      noise: { type: "gaussian", mean: 120, sigma: 60 },
    },
  });

const OWNER = "artist@example.com";
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "media-test-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function longSide(url: string, dir: string, base: string): Promise<number> {
  const meta = await sharp(join(dir, url.slice(base.length + 1))).metadata();
  return Math.max(meta.width ?? 0, meta.height ?? 0);
}

describe("media keys", () => {
  it("make file names safe path segments", () => {
    expect(keySafeName("Sunset at the Beach (2).JPG")).toBe("Sunset-at-the-Beach-2.JPG");
    expect(keySafeName("../../etc/passwd")).toBe("passwd");
    expect(keySafeName("Été à Paris.tiff")).toBe("Ete-a-Paris.tiff");
    expect(keySafeName("....")).toBe("image");
  });

  it("refuse traversal and odd segments", () => {
    expect(isSafeKey("uploads/0b4c/photo.jpg")).toBe(true);
    for (const key of [
      "../x",
      "uploads/../x",
      "uploads//x",
      "/abs",
      "a\\b",
      "a/.hidden",
      "uploads/%2e%2e/x",
      "a/b/c/d/e",
    ]) {
      expect(isSafeKey(key), key).toBe(false);
    }
  });
});

describe("the local store", () => {
  it("serves only its own objects", async () => {
    const dir = join(root, "local");
    const store = new LocalMediaStore(dir, "http://app.test/media");
    expect(await store.putBuffer("uploads/abc/a.jpg", Buffer.from("x"))).toBe(
      "http://app.test/media/uploads/abc/a.jpg",
    );
    expect(await store.resolveKey(["uploads", "abc", "a.jpg"])).toBe(
      join(dir, "uploads", "abc", "a.jpg"),
    );
    await writeFile(join(root, "secret.txt"), "secret");
    await symlink(join(root, "secret.txt"), join(dir, "uploads", "abc", "link.jpg"));
    await mkdir(join(dir, ".incoming"), { recursive: true });
    await writeFile(join(dir, ".incoming", "partial.jpg"), "x");
    for (const key of [
      ["..", "secret.txt"],
      ["uploads", "..", "..", "secret.txt"],
      ["uploads", "abc", "link.jpg"],
      [".incoming", "partial.jpg"],
      ["uploads", "abc", "nope.jpg"],
    ]) {
      expect(await store.resolveKey(key), key.join("/")).toBeUndefined();
    }
  });
});

describe("storeUpload", () => {
  const dir = () => join(root, "uploads-store");
  const base = "http://app.test/media";
  const store = () => new LocalMediaStore(dir(), base);

  it.each([
    ["photo.jpg", "image/jpeg", () => art(3000, 2000).jpeg().toBuffer()],
    ["logo.png", "image/png", () => art(2000, 3000, true).png().toBuffer()],
    ["scan.tif", "image/tiff", () => art(3000, 2000).tiff().toBuffer()],
    ["art.webp", "image/webp", () => art(3000, 2000).webp().toBuffer()],
  ])("%s: original, ~1600 px preview and ~400 px thumbnail", async (name, type, make) => {
    const bytes = await make();
    const result = await storeUpload(Readable.from([bytes]), name, {
      owner: OWNER,
      store: store(),
    });
    expect(result).toMatchObject({
      file_name: name,
      hires_file_name: name,
      file_size: bytes.length,
      content_type: type,
    });
    expect([result.pix_w, result.pix_h].sort()).toEqual([2000, 3000]);
    expect(result.private_hires_uri).toMatch(
      /^http:\/\/app\.test\/media\/uploads\/[0-9a-f-]{36}\//,
    );
    expect(await readFile(join(dir(), result.private_hires_uri.slice(base.length + 1)))).toEqual(
      bytes,
    );
    expect(await longSide(result.public_preview_uri, dir(), base)).toBe(1600);
    expect(await longSide(result.public_thumbnail_uri, dir(), base)).toBe(400);
  });

  it("leaves nothing behind in the incoming folder", async () => {
    expect(await readdir(join(dir(), ".incoming"))).toEqual([]);
  });

  it("decides the type from the bytes, not the name", async () => {
    const error = await caught(
      storeUpload(Readable.from([Buffer.from("%PDF-1.7\n" + "x".repeat(5000))]), "photo.jpg", {
        owner: OWNER,
        store: store(),
      }),
    );
    expect(error.code).toBe("unsupported_media_type");
    expect(error.message).toBe(
      "This file is application/pdf: only JPEG, PNG, TIFF or WebP images are accepted.",
    );
    const text = await caught(
      storeUpload(Readable.from([Buffer.from("just text")]), "photo.jpg", {
        owner: OWNER,
        store: store(),
      }),
    );
    expect(text.message).toMatch(/not an image we recognise/);
    const gif = await caught(
      storeUpload(Readable.from([await art(10, 10).gif().toBuffer()]), "a.gif", {
        owner: OWNER,
        store: store(),
      }),
    );
    expect(gif.message).toMatch(/^This file is image\/gif/);
  });

  it("gives a nameless file its type's extension", async () => {
    const result = await storeUpload(
      Readable.from([await art(500, 300).png().toBuffer()]),
      "scan",
      { owner: OWNER, store: store() },
    );
    expect(result.file_name).toBe("scan.png");
  });

  it("stops a file over the limit, and refuses an empty one", async () => {
    const big = await art(800, 800).png({ compressionLevel: 0 }).toBuffer();
    expect(
      (
        await caught(
          receiveImage(Readable.from([big]), { maxBytes: 10_000, tempRoot: join(root, "tmp") }),
        )
      ).code,
    ).toBe("payload_too_large");
    expect(
      (await caught(receiveImage(Readable.from([]), { tempRoot: join(root, "tmp") }))).message,
    ).toBe("The file is empty.");
  });
});

describe("generateFromUrl", () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const jpeg = await art(2400, 1200).jpeg().toBuffer();
    server = createServer((req, res) => {
      if (req.url === "/photo.jpg")
        return void res.writeHead(200, { "content-type": "image/jpeg" }).end(jpeg);
      res.writeHead(200, { "content-type": "text/html" }).end("<html>not an image</html>");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    delete process.env.ALLOWED_FETCH_HOSTS;
    resetServerConfigForTests();
  });

  it("makes a preview and thumbnail for a URL on an allowed host, and refuses it otherwise", async () => {
    const dir = join(root, "generated");
    const store = new LocalMediaStore(dir, "http://app.test/media");
    resetServerConfigForTests();
    const blocked = await caught(generateFromUrl(`${origin}/photo.jpg`, { owner: OWNER, store }));
    expect(blocked.message).toMatch(/private, local or reserved/);

    process.env.ALLOWED_FETCH_HOSTS = new URL(origin).host;
    resetServerConfigForTests();
    const result = await generateFromUrl(`${origin}/photo.jpg`, { owner: OWNER, store });
    expect(result.preview_file_name).toBe("photo-preview.jpg");
    // The generated preview and thumbnail count against the user's quota.
    expect(await new MediaStoreUsage(store).used(OWNER)).toBeGreaterThan(1_000);
    expect(result.public_thumbnail_uri).toMatch(
      /^http:\/\/app\.test\/media\/generated\/[0-9a-f-]{36}\/photo-thumb\.jpg$/,
    );
    expect(await longSide(result.public_preview_uri, dir, "http://app.test/media")).toBe(1600);
    expect(await longSide(result.public_thumbnail_uri, dir, "http://app.test/media")).toBe(400);
    expect(
      (await caught(generateFromUrl(`${origin}/page.html`, { owner: OWNER, store }))).code,
    ).toBe("unsupported_media_type");
  });
});

describe("the S3 store, against s3rver", () => {
  let s3: S3rver;
  let endpoint: string;
  beforeAll(async () => {
    s3 = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: join(root, "s3"),
      configureBuckets: [{ name: "media" }],
    });
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await s3.close();
  });

  it("puts uploads, previews and thumbnails where the public URL serves them", async () => {
    const store = new S3MediaStore({
      endpoint,
      region: "us-east-1",
      bucket: "media",
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
      publicBaseUrl: `${endpoint}/media`,
    });
    const bytes = await noisy(900, 600).jpeg({ quality: 95 }).toBuffer();
    const result = await storeUpload(Readable.from([bytes]), "Harbour at dawn.jpg", {
      owner: OWNER,
      store,
    });
    expect(result.private_hires_uri).toMatch(
      new RegExp(`^${endpoint}/media/uploads/[0-9a-f-]{36}/Harbour-at-dawn\\.jpg$`),
    );
    const hires = await fetch(result.private_hires_uri);
    expect(hires.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await hires.arrayBuffer())).toEqual(bytes);
    const thumbnail = await fetch(result.public_thumbnail_uri);
    expect(thumbnail.status).toBe(200);
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBe(400);
    store.destroy();
  });
});

describe("media configuration", () => {
  it("is local in emulator mode, none in live mode without a bucket, and S3 with one", () => {
    expect(parseServerEnv({ NEXTAUTH_URL: "http://localhost:3100" }).media).toMatchObject({
      store: "local",
      local: { dir: "data/media", publicBaseUrl: "http://localhost:3100/media" },
    });
    const live = {
      FINERWORKS_WEB_API_KEY: "w",
      FINERWORKS_APP_KEY: "a",
      NEXTAUTH_SECRET: "s".repeat(32),
    };
    expect(parseServerEnv(live).media.store).toBe("none");
    const s3 = parseServerEnv({
      ...live,
      MEDIA_S3_BUCKET: "art",
      MEDIA_S3_ENDPOINT: "https://s3.example.com/",
      MEDIA_S3_ACCESS_KEY_ID: "k",
      MEDIA_S3_SECRET_ACCESS_KEY: "s",
    }).media;
    expect(s3).toMatchObject({
      store: "s3",
      s3: {
        bucket: "art",
        endpoint: "https://s3.example.com",
        publicBaseUrl: "https://s3.example.com/art",
      },
    });
    expect(() => parseServerEnv({ ...live, MEDIA_STORE: "s3" })).toThrow(
      /MEDIA_S3_BUCKET is required/,
    );
    expect(() =>
      parseServerEnv({ ...live, MEDIA_S3_BUCKET: "b", MEDIA_S3_ACCESS_KEY_ID: "k" }),
    ).toThrow(/MEDIA_S3_SECRET_ACCESS_KEY/);
    expect(parseServerEnv({ MEDIA_STORE: "none" }).media.store).toBe("none");
  });
});
