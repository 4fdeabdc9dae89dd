// The request bodies published on FinerWorks' help pages are accepted, and the answers have
// the documented shape (every key of the published example response is present).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addImagesResponseSchema,
  listImagesResponseSchema,
  statusOnlyResponseSchema,
} from "@/lib/schemas/finerworks";
import type { RunningEmulator } from "./server";
import { EXAMPLE_IMAGE_GUID, UPDATE_EXAMPLE_GUID } from "./seed";
import { call, REFERENCE_ID, startTestEmulator, type ListAnswer } from "@/test/harness/emulator";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));

/** Every key path of `example` exists in `actual` (arrays: their first elements). */
function missingKeys(actual: unknown, example: unknown, path = ""): string[] {
  if (Array.isArray(example)) {
    if (example.length === 0 || !Array.isArray(actual) || actual.length === 0)
      return Array.isArray(actual) ? [] : [path];
    return missingKeys(actual[0], example[0], `${path}[0]`);
  }
  if (example === null || typeof example !== "object") return [];
  if (actual === null || typeof actual !== "object") return [path];
  return Object.entries(example).flatMap(([key, value]) =>
    key in actual
      ? missingKeys((actual as Record<string, unknown>)[key], value, `${path}.${key}`)
      : [`${path}.${key}`],
  );
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

describe("published examples", () => {
  it("list_images: the example body lists the inventory with products, shaped like the example answer", async () => {
    const { status, json } = await call<ListAnswer>(emulator, "list_images", {
      body: fixture("list_images.request"),
    });
    expect(status).toBe(200);
    expect(missingKeys(json, fixture("list_images.response"))).toEqual([]);
    expect(listImagesResponseSchema.safeParse(json).success).toBe(true);
    expect(json.status).toMatchObject({
      success: true,
      status_code: 200,
      debug: null,
      domain: null,
    });
    expect(json.status.reference_id).toMatch(REFERENCE_ID);
    expect(json.images).toHaveLength(10);
    expect(json.count).toBe(170);

    // The example's own image is the newest upload, with the example product verbatim.
    const example = fixture("list_images.response") as {
      images: [{ products: [Record<string, unknown>] }];
    };
    const mine = json.images[0];
    expect(mine).toMatchObject({
      guid: EXAMPLE_IMAGE_GUID,
      title: "My Image",
      file_name: "myimage.jpg",
      pix_w: 2000,
      pix_h: 3000,
    });
    expect(mine?.products).toEqual([
      { ...example.images[0].products[0], image_guid: EXAMPLE_IMAGE_GUID },
    ]);
  });

  it("add_images: the example body adds an image, answered like the example", async () => {
    const { status, json } = await call(emulator, "add_images", {
      body: fixture("add_images.request"),
    });
    expect(status).toBe(200);
    expect(missingKeys(json, fixture("add_images.response"))).toEqual([]);
    const parsed = addImagesResponseSchema.parse(json);
    expect(parsed.status).toMatchObject({ success: true, status_code: 201 });
    expect(parsed.images[0]).toMatchObject({
      title: "My Cool Image",
      file_name: "abc.jpg",
      file_size: 11000024,
      pix_w: 1600,
      pix_h: 2400,
      active: true,
      products: [],
    });
    expect(parsed.images[0]?.guid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("update_images: the example body (PUT) updates the seeded image, answered like the example", async () => {
    const { status, json } = await call(emulator, "update_images", {
      method: "PUT",
      body: fixture("update_images.request"),
    });
    expect(status).toBe(200);
    expect(missingKeys(json, fixture("update_images.response"))).toEqual([]);
    expect(statusOnlyResponseSchema.parse(json).status.success).toBe(true);

    const after = await call<ListAnswer>(emulator, "list_images", {
      body: { ...(fixture("list_images.request") as object), guid_filter: [UPDATE_EXAMPLE_GUID] },
    });
    expect(after.json.images[0]).toMatchObject({
      title: "My Cool Image",
      description: "This is a very cool image.",
      products: [],
    });
  });

  it("test_my_credentials answers a bare status envelope", async () => {
    const { status, json } = await call(emulator, "test_my_credentials", { method: "GET" });
    expect(status).toBe(200);
    expect(statusOnlyResponseSchema.parse(json).status).toMatchObject({
      success: true,
      status_code: 200,
    });
  });
});
