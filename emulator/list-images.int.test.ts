// list_images semantics on the demo seed: filters, sorting (ties by id), paging, products.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "./server";
import { DEMO_COUNTS } from "./seed";
import {
  library,
  list,
  listAll,
  startTestEmulator,
  type ListedImage,
} from "@/test/harness/emulator";

let emulator: RunningEmulator;
let inventory: ListedImage[];
beforeAll(async () => {
  emulator = await startTestEmulator();
  inventory = await listAll(emulator, { list_products: true });
});
afterAll(() => emulator.close());

// SQLite NOCASE (like SQL Server's default collation) folds ASCII letters only.
const fold = (s: string | null) => (s ?? "").replace(/[A-Z]/g, (c) => c.toLowerCase());
const sortKey: Record<string, (i: ListedImage) => string | number> = {
  id: (i) => i.id,
  title: (i) => fold(i.title),
  file_name: (i) => fold(i.file_name),
  file_size: (i) => i.file_size ?? -1,
  date_added: (i) => Date.parse(i.date_added),
};

describe("list_images", () => {
  it("defaults: inventory, newest id first, 10 per page, page 1, total count", async () => {
    const { json } = await list(emulator);
    expect(json).toMatchObject({ page_number: 1, per_page: 10, count: DEMO_COUNTS.inventory });
    expect(json.images.map((i) => i.id)).toEqual(inventory.slice(0, 10).map((i) => i.id));
    expect(inventory).toHaveLength(DEMO_COUNTS.inventory);
    expect(inventory.map((i) => i.id)).toEqual(
      [...inventory.map((i) => i.id)].sort((a, b) => b - a),
    );
  });

  it("pages tile the whole result without gaps or repeats; page 0 is page 1; past the end is empty", async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page_number) => list(emulator, { per_page: 45, page_number })),
    );
    const ids = pages.flatMap((p) => p.json.images.map((i) => i.id));
    expect(ids).toEqual(inventory.map((i) => i.id));
    expect(pages.map((p) => p.json.images.length)).toEqual([45, 45, 45, 35]);
    expect((await list(emulator, { page_number: 0 })).json).toMatchObject({
      page_number: 1,
      images: pages[0]?.json.images.slice(0, 10),
    });
    const beyond = await list(emulator, { page_number: 99, per_page: 50 });
    expect(beyond.json).toMatchObject({
      images: [],
      count: DEMO_COUNTS.inventory,
      page_number: 99,
    });
  });

  it.each(["id", "title", "file_name", "file_size", "date_added"])(
    "sorts by %s both ways, ties broken by id",
    async (field) => {
      const key = sortKey[field];
      if (!key) throw new Error(field);
      for (const direction of ["ASC", "DESC"] as const) {
        const sorted = await listAll(emulator, { sort_field: field, sort_direction: direction });
        expect(sorted).toHaveLength(DEMO_COUNTS.inventory);
        const sign = direction === "ASC" ? 1 : -1;
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1], sorted[i]] as [ListedImage, ListedImage];
          const [ka, kb] = [key(a), key(b)];
          const ordered = ka === kb ? sign * (b.id - a.id) > 0 : sign * (ka < kb ? 1 : -1) > 0;
          expect(
            ordered,
            `${field} ${direction}: ${JSON.stringify(ka)} (${a.id}) then ${JSON.stringify(kb)} (${b.id})`,
          ).toBe(true);
        }
      }
    },
  );

  it("search_filter matches title or description, case-insensitively", async () => {
    for (const term of ["HARBOR", "drum scanned", "hydrangeas", "a"]) {
      const expected = inventory.filter((i) =>
        `${i.title}\n${i.description}`.toLowerCase().includes(term.toLowerCase()),
      );
      const found = await listAll(emulator, { search_filter: term });
      expect(
        found.map((i) => i.id),
        term,
      ).toEqual(expected.map((i) => i.id));
      expect(expected.length, term).toBeGreaterThan(0);
    }
    expect((await list(emulator, { search_filter: "%" })).json.count).toBe(0);
    expect((await list(emulator, { search_filter: "no such words anywhere" })).json).toMatchObject({
      count: 0,
      images: [],
    });
  });

  it("search_filter does not look at file names (FinerWorks' search covers title and description)", async () => {
    const text = (i: (typeof inventory)[number]) => `${i.title}\n${i.description}`.toLowerCase();
    const named = inventory.find(
      (i) => i.file_name && !inventory.some((j) => text(j).includes(i.file_name!.toLowerCase())),
    );
    expect(named?.file_name).toBeTruthy();
    const found = await listAll(emulator, { search_filter: named!.file_name! });
    expect(found).toEqual([]);
  });

  it("guid_filter returns exactly those images, in any letter case", async () => {
    const picks = [inventory[3], inventory[50], inventory[120]].map((i) => i?.guid ?? "");
    const { json } = await list(emulator, {
      guid_filter: [picks[0]?.toUpperCase(), picks[1], picks[2]],
    });
    expect(json.count).toBe(3);
    expect(json.images.map((i) => i.guid).sort()).toEqual([...picks].sort());
    expect((await list(emulator, { guid_filter: [] })).json.count).toBe(DEMO_COUNTS.inventory);
  });

  it("upload_date_from/to are inclusive whole days (the calendar day shown in date_added)", async () => {
    const day = (i: ListedImage) => i.date_added.slice(0, 10);
    const sample = inventory[25];
    if (!sample) throw new Error("seed too small");
    const sameDay = await listAll(emulator, {
      upload_date_from: day(sample),
      upload_date_to: day(sample),
    });
    expect(sameDay.map((i) => i.id)).toEqual(
      inventory.filter((i) => day(i) === day(sample)).map((i) => i.id),
    );
    expect(sameDay.map((i) => i.id)).toContain(sample.id);

    const [from, to] = [day(inventory[120] as ListedImage), day(inventory[40] as ListedImage)];
    const range = await listAll(emulator, {
      upload_date_from: `${from}T23:59:59`,
      upload_date_to: to,
    });
    expect(range.map((i) => i.id)).toEqual(
      inventory.filter((i) => day(i) >= from && day(i) <= to).map((i) => i.id),
    );
    expect((await list(emulator, { upload_date_from: to, upload_date_to: from })).json.count).toBe(
      0,
    );
  });

  it("active filters to active or inactive images; null means all", async () => {
    const active = await listAll(emulator, { active: true });
    const inactive = await listAll(emulator, { active: false });
    expect(active.every((i) => i.active)).toBe(true);
    expect(inactive.every((i) => !i.active)).toBe(true);
    expect(active.length + inactive.length).toBe(DEMO_COUNTS.inventory);
    expect(inactive.length).toBeGreaterThan(5);
    expect((await list(emulator, { active: null })).json.count).toBe(DEMO_COUNTS.inventory);
  });

  it("filters combine", async () => {
    const { json } = await list(emulator, {
      search_filter: "a",
      active: false,
      sort_field: "title",
      sort_direction: "ASC",
      per_page: 50,
    });
    const expected = inventory.filter(
      (i) => !i.active && `${i.title}\n${i.description}`.toLowerCase().includes("a"),
    );
    expect(json.count).toBe(expected.length);
  });

  it("products come back only for the inventory library with list_products: true", async () => {
    const withProducts = inventory.filter((i) => (i.products?.length ?? 0) > 0);
    expect(withProducts).toHaveLength(DEMO_COUNTS.inventoryWithProducts);
    expect(inventory.every((i) => Array.isArray(i.products))).toBe(true);
    for (const image of withProducts) {
      for (const product of image.products ?? []) expect(product.image_guid).toBe(image.guid);
    }
    expect((await list(emulator)).json.images.every((i) => i.products === null)).toBe(true);
    const temporary = await list(emulator, {
      library: library("temporary"),
      list_products: true,
      per_page: 50,
    });
    expect(temporary.json.count).toBe(DEMO_COUNTS.temporary);
    expect(temporary.json.images.every((i) => i.products === null)).toBe(true);
  });

  it("temporary images expire 30 days after upload; inventory images never", async () => {
    const temporary = await list(emulator, { library: library("temporary"), per_page: 50 });
    for (const image of temporary.json.images) {
      expect(Date.parse(image.date_expires ?? "") - Date.parse(image.date_added)).toBe(
        30 * 86_400_000,
      );
    }
    expect(inventory.every((i) => i.date_expires === null)).toBe(true);
    expect(inventory[0]?.date_added).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}-05:00$/);
  });
});
