// add_images and update_images: what changes, what does not, and what the list shows after.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "./server";
import { DEMO_COUNTS, EXAMPLE_IMAGE_GUID, UPDATE_EXAMPLE_GUID } from "./seed";
import {
  call,
  library,
  list,
  listAll,
  startTestEmulator,
  type ListedImage,
} from "@/test/harness/emulator";

type AddAnswer = { status: { status_code: number }; images: ListedImage[] };

const newImage = (name: string, extra: Record<string, unknown> = {}) => ({
  file_name: `${name}.jpg`,
  file_size: 2_500_000,
  public_thumbnail_uri: `https://cdn.example.com/${name}_thumb.jpg`,
  public_preview_uri: `https://cdn.example.com/${name}_preview.jpg`,
  private_hires_uri: `https://cdn.example.com/${name}.jpg`,
  pix_w: 3000,
  pix_h: 2000,
  ...extra,
});

const byGuid = async (
  emulator: RunningEmulator,
  guid: string,
  libraryName: "inventory" | "temporary" = "inventory",
) =>
  (
    await list(emulator, {
      library: library(libraryName),
      guid_filter: [guid],
      list_products: true,
    })
  ).json.images[0];

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

describe("add_images", () => {
  it("creates inventory images with new guids and ids; they lead the default listing", async () => {
    const before = Date.now();
    const { json } = await call<AddAnswer>(emulator, "add_images", {
      body: {
        library: library(),
        images: [
          newImage("sunrise-one", { title: "Sunrise One", description: "First." }),
          newImage("sunrise-two"),
        ],
      },
    });
    expect(json.status.status_code).toBe(201);
    const [one, two] = json.images;
    expect(one).toMatchObject({
      title: "Sunrise One",
      description: "First.",
      active: true,
      products: [],
      date_expires: null,
      public_thumbnail_uri: "https://cdn.example.com/sunrise-one_thumb.jpg",
    });
    expect(two).toMatchObject({ title: "sunrise-two.jpg", description: null });
    expect(one?.guid).not.toBe(two?.guid);
    expect(Date.parse(one?.date_added ?? "")).toBeGreaterThanOrEqual(before - 1000);

    const page = await list(emulator, { list_products: true });
    expect(page.json.count).toBe(DEMO_COUNTS.inventory + 2);
    expect(page.json.images.slice(0, 2).map((i) => i.guid)).toEqual([two?.guid, one?.guid]);
    expect((await list(emulator, { search_filter: "sunrise" })).json.count).toBe(2);
  });

  it("temporary images expire in 30 days and have no products", async () => {
    const { json } = await call<AddAnswer>(emulator, "add_images", {
      body: { library: library("temporary"), images: [newImage("scratch")] },
    });
    const [added] = json.images;
    expect(added?.products).toBeNull();
    expect(Date.parse(added?.date_expires ?? "") - Date.parse(added?.date_added ?? "")).toBe(
      30 * 86_400_000,
    );
    expect((await byGuid(emulator, added?.guid ?? "", "temporary"))?.guid).toBe(added?.guid);
    expect(await byGuid(emulator, added?.guid ?? "", "inventory")).toBeUndefined();
  });

  it("keeps sort orders right after an insert (no stale cached order)", async () => {
    await listAll(emulator, { sort_field: "title", sort_direction: "ASC" });
    await call(emulator, "add_images", {
      body: {
        library: library(),
        images: [newImage("aaa", { title: "AAA First Alphabetically" })],
      },
    });
    const first = (await list(emulator, { sort_field: "title", sort_direction: "ASC" })).json;
    expect(first.images[0]?.title).toBe("AAA First Alphabetically");
    expect(first.count).toBe(DEMO_COUNTS.inventory + 1);
  });
});

describe("update_images", () => {
  it("changes title and description and removes every product of an inventory image", async () => {
    const before = await byGuid(emulator, EXAMPLE_IMAGE_GUID);
    expect(before?.products).toHaveLength(1);
    const { status } = await call(emulator, "update_images", {
      method: "PUT",
      body: { images: [{ guid: EXAMPLE_IMAGE_GUID, title: "Renamed", description: "New words." }] },
    });
    expect(status).toBe(200);
    expect(await byGuid(emulator, EXAMPLE_IMAGE_GUID)).toMatchObject({
      title: "Renamed",
      description: "New words.",
      products: [],
      file_name: "myimage.jpg",
    });
    expect(emulator.db.stats().imagesWithProducts).toBe(DEMO_COUNTS.inventoryWithProducts - 1);
  });

  it("a null or absent field is left unchanged (products still go)", async () => {
    const before = await byGuid(emulator, UPDATE_EXAMPLE_GUID);
    expect(before?.products?.length).toBe(2);
    await call(emulator, "update_images", {
      method: "PUT",
      body: { images: [{ guid: UPDATE_EXAMPLE_GUID, title: null }] },
    });
    expect(await byGuid(emulator, UPDATE_EXAMPLE_GUID)).toMatchObject({
      title: before?.title,
      description: before?.description,
      products: [],
    });
  });

  it("updates a temporary image's title (it never had products)", async () => {
    const [temporary] = (await list(emulator, { library: library("temporary") })).json.images;
    await call(emulator, "update_images", {
      method: "PUT",
      body: { images: [{ guid: temporary?.guid.toUpperCase(), title: "Kept for later" }] },
    });
    expect(await byGuid(emulator, temporary?.guid ?? "", "temporary")).toMatchObject({
      title: "Kept for later",
      products: null,
    });
  });

  it("one unknown guid rejects the whole call and changes nothing", async () => {
    const { status } = await call(emulator, "update_images", {
      method: "PUT",
      body: {
        images: [
          { guid: EXAMPLE_IMAGE_GUID, title: "Should not stick" },
          { guid: "11111111-1111-4111-8111-111111111111", title: "x" },
        ],
      },
    });
    expect(status).toBe(400);
    expect(await byGuid(emulator, EXAMPLE_IMAGE_GUID)).toMatchObject({
      title: "My Image",
      products: [expect.anything()],
    });
  });

  it("title sort and search see the new title at once", async () => {
    await listAll(emulator, { sort_field: "title", sort_direction: "DESC" });
    await list(emulator, { search_filter: "zzz" });
    await call(emulator, "update_images", {
      method: "PUT",
      body: { images: [{ guid: EXAMPLE_IMAGE_GUID, title: "Zzz Last" }] },
    });
    expect(
      (await list(emulator, { sort_field: "title", sort_direction: "DESC" })).json.images[0]?.guid,
    ).toBe(EXAMPLE_IMAGE_GUID);
    expect((await list(emulator, { search_filter: "zzz" })).json.count).toBe(1);
  });
});
