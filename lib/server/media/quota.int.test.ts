// The per-user storage quota and the real-type extension, on the local store and on S3 (s3rver).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_BY_CODE } from "@/lib/server/api/errors";
import { AppError } from "@/lib/server/errors/app-error";
import { resetServerConfigForTests } from "@/lib/server/config";
import { LocalMediaStore } from "./local-store";
import { S3MediaStore, type S3StoreConfig } from "./s3-store";
import { storeUpload } from "./service";
import { resetMediaStoreForTests } from "./store";
import type { MediaStore } from "./types";
import { MediaStoreUsage } from "./usage";

const png = (side: number) =>
  sharp({
    create: {
      width: side,
      height: side,
      channels: 3,
      background: "#3366cc",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();

let root: string;
let s3: S3rver;
let s3Config: S3StoreConfig;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "quota-test-"));
  s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: join(root, "s3"),
    configureBuckets: [{ name: "media" }],
  });
  const { port } = await s3.run();
  const endpoint = `http://127.0.0.1:${port}`;
  s3Config = {
    endpoint,
    region: "us-east-1",
    bucket: "media",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
    publicBaseUrl: `${endpoint}/media`,
  };
});
afterAll(async () => {
  await s3.close();
  await rm(root, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A body that counts what was read from it. */
function countingBody(bytes: Buffer) {
  let read = 0;
  const body = Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 16_384) {
        const chunk = bytes.subarray(i, i + 16_384);
        read += chunk.length;
        yield chunk;
      }
    })(),
  );
  return { body, read: () => read };
}

const stores: [string, (name: string) => MediaStore][] = [
  ["local store", (name) => new LocalMediaStore(join(root, name), "http://app.test/media")],
  // One bucket for every case: the usage records are per user, the media keys random.
  ["S3 store (s3rver)", () => new S3MediaStore(s3Config)],
];

describe.each(stores)("the storage quota on the %s", (label, makeStore) => {
  const owner = `${label.replace(/\W+/g, "-")}@example.com`;

  it("counts every stored byte, refuses what does not fit with 413, and keeps count across restarts", async () => {
    const store = makeStore(`quota-${owner}`);
    const image = await png(300);
    const first = await storeUpload(Readable.from([image]), "one.png", {
      owner,
      store,
      quotaBytes: image.length * 3,
    });
    const usage = new MediaStoreUsage(store);
    const used = await usage.used(owner);
    // The original plus its preview and thumbnail.
    expect(used).toBeGreaterThan(first.file_size);

    const refused = await refusal(
      storeUpload(Readable.from([image]), "two.png", { owner, store, quotaBytes: used + 10 }),
    );
    expect(refused.code).toBe("payload_too_large");
    expect(STATUS_BY_CODE[refused.code]).toBe(413);
    expect(refused.message).toMatch(/^This file does not fit in your storage quota: .+ used\.$/);
    expect(await usage.used(owner)).toBe(used);

    // A new store object (a restarted server) reads the same count; another user starts at 0.
    const restarted = new MediaStoreUsage(makeStore(`quota-${owner}`));
    expect(await restarted.used(owner)).toBe(used);
    expect(await restarted.used(`other-${owner}`)).toBe(0);
  });

  it("refuses a declared size that cannot fit before reading the body", async () => {
    const store = makeStore(`declared-${owner}`);
    const { body, read } = countingBody(await png(400));
    const refused = await refusal(
      storeUpload(body, "big.png", { owner, store, quotaBytes: 1000, declaredBytes: 5000 }),
    );
    expect(refused.code).toBe("payload_too_large");
    expect(read()).toBe(0);
    expect(body.destroyed).toBe(true);
  });

  it("stops reading a body that grows past the room left", async () => {
    const store = makeStore(`streamed-${owner}`);
    const image = await png(600);
    const { body, read } = countingBody(image);
    const refused = await refusal(
      storeUpload(body, "big.png", { owner, store, quotaBytes: 40_000 }),
    );
    expect(refused.message).toMatch(/storage quota/);
    expect(read()).toBeLessThan(image.length);
  });

  it("stores a PNG named x.exe as x.png, served as image/png", async () => {
    const store = makeStore(`ext-${owner}`);
    const result = await storeUpload(Readable.from([await png(200)]), "x.exe", {
      owner,
      store,
      quotaBytes: 10 ** 9,
    });
    expect(result.file_name).toBe("x.png");
    expect(result.hires_file_name).toBe("x.png");
    expect(result.private_hires_uri).toMatch(/\/x\.png$/);
    if (store instanceof S3MediaStore) {
      const answer = await fetch(result.private_hires_uri);
      expect(answer.headers.get("content-type")).toBe("image/png");
      store.destroy();
    } else {
      process.env.MEDIA_DIR = (store as LocalMediaStore).root;
      process.env.MEDIA_PUBLIC_BASE_URL = "http://app.test/media";
      resetServerConfigForTests();
      resetMediaStoreForTests();
      const media = await import("@/app/media/[...key]/route");
      const key = result.private_hires_uri.slice("http://app.test/media/".length).split("/");
      const answer = await media.GET(new Request(result.private_hires_uri), {
        params: Promise.resolve({ key }),
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("image/png");
      expect(await readdir(join((store as LocalMediaStore).root, ".meta"))).toHaveLength(1);
    }
  });
});

describe("usage records", () => {
  it("let only one of two racing reservations through when only one fits", async () => {
    const usage = new MediaStoreUsage(new LocalMediaStore(join(root, "race"), "http://x/media"));
    const results = await Promise.all(
      Array.from({ length: 5 }, () => usage.reserve("racer@example.com", 600, 1000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await usage.used("racer@example.com")).toBe(600);
    await usage.release("racer@example.com", 600);
    expect(await usage.used("racer@example.com")).toBe(0);
  });
});
