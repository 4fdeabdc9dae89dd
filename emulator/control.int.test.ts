// The /__emulator control API: request log, direct data edits, stats, loopback-only access.
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isLoopbackAddress } from "./http-io";
import type { LoggedRequest, RunningEmulator } from "./server";
import { DEMO_COUNTS, EXAMPLE_IMAGE_GUID } from "./seed";
import { call, KEY_HEADERS, library, list, startTestEmulator } from "@/test/harness/emulator";

let emulator: RunningEmulator;
const control = (path: string, init?: RequestInit) =>
  fetch(`${emulator.origin}/__emulator/${path}`, init);
const json = (body: unknown): RequestInit => ({
  body: JSON.stringify(body),
  headers: { "content-type": "application/json" },
});

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
  emulator.clearRequests();
});

describe("request log", () => {
  it("records method, path, endpoint, parsed body and status, never the keys", async () => {
    await list(emulator, { per_page: 3 });
    await call(emulator, "nowhere", { method: "GET" });
    await call(emulator, "test_my_credentials", {
      method: "GET",
      headers: { web_api_key: "wrong", app_key: "wrong" },
    });
    const log = (await (await control("requests")).json()) as LoggedRequest[];
    expect(log.map((r) => [r.method, r.path, r.endpoint, r.status])).toEqual([
      ["POST", "/v3/list_images", "list_images", 200],
      ["GET", "/v3/nowhere", null, 404],
      ["GET", "/v3/test_my_credentials", "test_my_credentials", 401],
    ]);
    expect(log[0]?.body).toEqual({ library: library(), per_page: 3 });
    expect(log[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(JSON.stringify(log)).not.toContain(KEY_HEADERS.web_api_key);
    expect(JSON.stringify(emulator.requests())).not.toContain("wrong");

    const since = (await (
      await control(`requests?since=${log[1]?.seq}`)
    ).json()) as LoggedRequest[];
    expect(since.map((r) => r.seq)).toEqual([log[2]?.seq]);
    expect((await control("requests", { method: "DELETE" })).status).toBe(200);
    expect(emulator.requests()).toEqual([]);
  });
});

describe("data controls", () => {
  it("PATCH /__emulator/images/:guid edits behind the app's back, leaving products alone", async () => {
    const res = await control(`images/${EXAMPLE_IMAGE_GUID}`, {
      method: "PATCH",
      ...json({ title: "Changed elsewhere", active: false }),
    });
    expect(res.status).toBe(200);
    const [image] = (
      await list(emulator, { guid_filter: [EXAMPLE_IMAGE_GUID], list_products: true })
    ).json.images;
    expect(image).toMatchObject({
      title: "Changed elsewhere",
      description: "Some interesting things about this image...",
      active: false,
    });
    expect(image?.products).toHaveLength(1);
    expect((await list(emulator, { active: false })).json.images.map((i) => i.guid)).toContain(
      EXAMPLE_IMAGE_GUID,
    );
    expect(
      (
        await control("images/00000000-0000-4000-8000-000000000000", {
          method: "PATCH",
          ...json({ title: "x" }),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await control(`images/${EXAMPLE_IMAGE_GUID}`, {
          method: "PATCH",
          ...json({ colour: "red" }),
        })
      ).status,
    ).toBe(400);
  });

  it("POST /__emulator/images inserts raw images with products", async () => {
    const guid = "abcdef01-2345-4678-9abc-def012345678";
    const res = await control("images", {
      method: "POST",
      ...json({
        library: "inventory",
        images: [
          {
            guid,
            title: "Injected",
            date_added: "2020-01-02T03:04:05Z",
            products: [{ sku: "TEST-SKU-1", name: "Metal Print" }, {}],
          },
          { title: "Injected inactive", active: false },
        ],
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { images: { guid: string; products: { sku: string }[] }[] };
    expect(body.images[0]?.products.map((p) => p.sku)[0]).toBe("TEST-SKU-1");
    const [image] = (await list(emulator, { guid_filter: [guid], list_products: true })).json
      .images;
    expect(image).toMatchObject({ title: "Injected", date_added: "2020-01-01T22:04:05.000-05:00" });
    expect(image?.products).toHaveLength(2);
    expect(image?.products?.[0]).toMatchObject({
      sku: "TEST-SKU-1",
      image_guid: guid,
      monetary_format: "USD",
    });
    expect(
      (
        await control("images", {
          method: "POST",
          ...json({ library: "inventory", images: [{ guid }] }),
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await control("images", {
          method: "POST",
          ...json({ library: { name: "temporary" }, images: [{}] }),
        })
      ).status,
    ).toBe(200);
    expect((await control("images", { method: "POST", ...json({ images: [{}] }) })).status).toBe(
      400,
    );
  });

  it("GET /__emulator/stats counts images and products", async () => {
    const stats = (await (await control("stats")).json()) as Record<string, unknown>;
    expect(stats).toMatchObject({
      images: DEMO_COUNTS.inventory + DEMO_COUNTS.temporary,
      inventory: DEMO_COUNTS.inventory,
      temporary: DEMO_COUNTS.temporary,
      imagesWithProducts: DEMO_COUNTS.inventoryWithProducts,
      faults: [],
    });
  });

  it("unknown control paths are 404; bad JSON is 400", async () => {
    expect((await control("nothing")).status).toBe(404);
    expect((await control("faults", { method: "POST", body: "{" })).status).toBe(400);
  });
});

describe("loopback only", () => {
  it("isLoopbackAddress accepts only loopback forms", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1"])
      expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of [
      undefined,
      "",
      "10.0.0.5",
      "192.168.1.2",
      "::ffff:10.0.0.1",
      "fe80::1",
      "128.0.0.1",
      "1127.0.0.1",
    ]) {
      expect(isLoopbackAddress(address), String(address)).toBe(false);
    }
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

  it.runIf(external)("answers 403 to a caller on a non-loopback address", async () => {
    const open = await startTestEmulator({ host: "0.0.0.0", seed: "none" });
    try {
      const res = await fetch(`http://${external}:${open.port}/__emulator/stats`);
      expect(res.status).toBe(403);
      expect((await fetch(`http://127.0.0.1:${open.port}/__emulator/stats`)).status).toBe(200);
      // The API itself still answers remote callers.
      expect(
        (
          await fetch(`http://${external}:${open.port}/v3/test_my_credentials`, {
            headers: KEY_HEADERS,
          })
        ).status,
      ).toBe(200);
    } finally {
      await open.close();
    }
  });
});
