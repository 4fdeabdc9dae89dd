// GET /api/images over real HTTP to the emulator, on both engines, with and without a library
// snapshot: a search also finds the images only their file name matches (FinerWorks' search
// does not look at file names), listed after FinerWorks' matches with honest counts and pages;
// the "Products" sort pages the snapshot by product count.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mediaPath, type NewImage } from "@/emulator/records";
import { productRecord } from "@/emulator/products";
import type { ListImagesParams } from "@/lib/server/finerworks/client";
import type { ImageDetails, ListImagesRequest } from "@/lib/schemas/finerworks";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { FILE_NAME_MATCH_LIMIT } from "@/lib/schemas/image-list";
import { setDatabaseForTests } from "@/lib/server/db";
import { openStore, type StoreConnection } from "@/lib/server/db/connection";
import { settleLocalScans } from "@/lib/server/snapshot/scans";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { callRoute } from "@/test/harness/route";
import { ENGINES, useTestStore } from "@/test/harness/store";
import * as scanRoute from "../products/scan/route";
import * as images from "./route";

type Json = ImageListResponse & ApiErrorBody;
/** A library page, as an artist: the search is everyone's. */
const list = (query: string) =>
  callRoute<Json>(images.GET, "artist", { method: "GET", path: `/api/images?${query}` });

const TERM = "quartz";
const DAY = 86_400_000;
let emulator: RunningEmulator;

function planted(n: number, fields: Partial<NewImage>): NewImage {
  const guid = `cccccccc-0000-4000-8000-${String(n).padStart(12, "0")}`;
  return {
    guid,
    library: "inventory",
    title: `Meadow ${n}`,
    description: "",
    file_name: `meadow-${n}.jpg`,
    file_size: 1000 + n,
    thumbnail_file_name: null,
    preview_file_name: null,
    hires_file_name: null,
    public_thumbnail_uri: mediaPath("thumb", guid),
    public_preview_uri: mediaPath("preview", guid),
    private_hires_uri: mediaPath("hires", guid),
    personal_gallery_title: null,
    members_gallery_category: null,
    pix_w: 3000,
    pix_h: 2000,
    added_at: Date.UTC(2024, 0, 1, 17) + n * DAY,
    expires_at: null,
    active: true,
    ...fields,
  };
}

const product = (sku: string) =>
  productRecord({
    sku,
    product_code: null,
    per_item_price: 20,
    asking_price: 60,
    name: "Giclee print",
    description_short: null,
    description_long: null,
    labels: [],
    image_url_1: `https://media.example.com/${sku}.jpg`,
    product_guid: `dddddddd-0000-4000-8000-${sku === "QZ-5-A" ? "000000000001" : "000000000002"}`,
  });

/**
 * Eleven images the file name alone brings in (one inactive, one with products), four whose
 * title or description matches (one of them in its file name too), and unrelated ones.
 */
function plantLibrary(): void {
  const rows: NewImage[] = [];
  for (let n = 1; n <= 11; n++)
    rows.push(
      planted(n, {
        file_name: `Quartz-Field-${String(n).padStart(2, "0")}.jpg`,
        active: n !== 3,
        ...(n === 5
          ? {
              products: [product("QZ-5-A"), product("QZ-5-B")],
            }
          : {}),
      }),
    );
  rows.push(planted(20, { title: "Quartz ridge" }));
  rows.push(planted(21, { description: "A QUARTZ vein at dusk" }));
  rows.push(planted(22, { title: "Quartz both", file_name: "quartz-both.jpg" }));
  rows.push(planted(23, { title: "Blue quartz" }));
  rows.push(planted(30, { file_name: "granite.jpg" }));
  emulator.db.insertImages(rows);
}

async function scanLibrary(): Promise<void> {
  const scan = await callRoute(scanRoute.POST, "admin", {
    method: "POST",
    path: "/api/products/scan",
  });
  expect(scan.status).toBe(202);
  await settleLocalScans();
}

/** Every image of a list_images request, page after page, straight from the emulator. */
async function upstreamAll(request: ListImagesParams): Promise<ImageDetails[]> {
  const { createFinerWorksClient } = await import("@/lib/server/finerworks/client");
  const { serverConfig } = await import("@/lib/server/config");
  const client = createFinerWorksClient(serverConfig().finerworks);
  const found: ImageDetails[] = [];
  for (let page = 1; ; page++) {
    const answer = await client.listImages({
      library: "inventory",
      ...request,
      page_number: page,
      per_page: 50,
    });
    found.push(...answer.images);
    if (found.length >= answer.count || answer.images.length === 0) return found;
  }
}

/** Every page of a query through our API at `perPage`, checking each page's count and size. */
async function pageThrough(query: string, perPage: number): Promise<string[]> {
  const first = await list(`${query}&per_page=${perPage}`);
  expect(first.status).toBe(200);
  const pages = Math.max(1, Math.ceil(first.json.count / perPage));
  const guids: string[] = [];
  for (let page = 1; page <= pages + 1; page++) {
    const answer = await list(`${query}&per_page=${perPage}&page=${page}`);
    expect(answer.json.count).toBe(first.json.count);
    const expected = page <= pages ? Math.min(perPage, first.json.count - (page - 1) * perPage) : 0;
    expect(answer.json.images).toHaveLength(expected);
    guids.push(...answer.json.images.map((i) => i.guid));
  }
  return guids;
}

const contains = (text: string | null | undefined) => (text ?? "").toLowerCase().includes(TERM);

beforeAll(async () => {
  emulator = await startAppEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  plantLibrary();
  emulator.clearRequests();
});

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`library search and Products sort on ${engine}`, () => {
    let close: () => Promise<void>;
    let store: StoreConnection;
    beforeAll(async () => {
      ({ close, store } = await useTestStore(engine));
    });
    afterAll(() => close());

    // Before the first scan: FinerWorks' search alone, said so, nothing broken.
    it("without a snapshot searches titles and descriptions only, and says it has no snapshot", async () => {
      const answer = await list(`q=${TERM}&per_page=50`);
      expect(answer.status).toBe(200);
      expect(answer.json.snapshot_as_of).toBeNull();
      expect(answer.json.file_name_matches).toBeUndefined();
      const titled = await upstreamAll({ search_filter: TERM });
      expect(answer.json.count).toBe(titled.length);
      expect(answer.json.images.map((i) => i.guid)).toEqual(titled.map((i) => i.guid));
      // The emulator searched as FinerWorks does: it found no image by its file name alone.
      expect(titled.every((i) => contains(i.title) || contains(i.description))).toBe(true);
    });

    it("without a snapshot refuses the Products sort with 409 and the reason", async () => {
      const answer = await list("sort=products");
      expect(answer.status).toBe(409);
      expect(answer.json.error).toMatchObject({ code: "conflict" });
      expect(answer.json.error.message).toMatch(/a library scan makes \(Views, then Refresh\)/);
      // The temporary library never gets one: the reason says so instead of asking for a scan.
      const temporary = await list("sort=products&library=temporary");
      expect(temporary.status).toBe(409);
      expect(temporary.json.error.message).toMatch(/scans cover the inventory library only/);
    });

    it("with a snapshot finds file names too: FinerWorks' matches, then the file-name ones, every page honest", async () => {
      await scanLibrary();
      const everything = await upstreamAll({});
      const fileNameOnly = everything.filter(
        (i) => contains(i.file_name) && !contains(i.title) && !contains(i.description),
      );
      expect(fileNameOnly).toHaveLength(11);
      for (const [sort, dir] of [
        ["date_added", "desc"],
        ["title", "asc"],
        ["file_size", "asc"],
      ] as const) {
        const upstreamSort = {
          sort_field: sort,
          sort_direction: dir === "asc" ? "ASC" : "DESC",
        } as const;
        const expected = [
          ...(await upstreamAll({ search_filter: TERM, ...upstreamSort })),
          ...(await upstreamAll({ guid_filter: fileNameOnly.map((i) => i.guid), ...upstreamSort })),
        ].map((i) => i.guid);
        const query = `q=${TERM}&sort=${sort}&dir=${dir}`;
        // Page sizes that end pages before, on and across the seam between the two parts.
        for (const perPage of [1, 3, 4, 5, 50]) {
          expect(await pageThrough(query, perPage), `${query} per_page ${perPage}`).toEqual(
            expected,
          );
        }
        const answer = await list(`${query}&per_page=50`);
        expect(answer.json.file_name_matches).toEqual({ count: 11, limited: false });
        expect(answer.json.snapshot_as_of).toEqual(expect.any(Number));
      }
      // FinerWorks was only ever asked with its own search_filter: never for file names.
      const searched = emulator
        .requests()
        .filter((r) => r.endpoint === "list_images")
        .map((r) => (r.body as ListImagesRequest).search_filter)
        .filter(Boolean);
      expect(new Set(searched)).toEqual(new Set([TERM]));
    });

    it("lists at most FILE_NAME_MATCH_LIMIT file-name matches, the first by file name, and says so", async () => {
      emulator.db.insertImages(
        Array.from({ length: FILE_NAME_MATCH_LIMIT + 5 }, (_, i) =>
          planted(1000 + i, { file_name: `zircon-${String(i).padStart(4, "0")}.jpg` }),
        ),
      );
      await scanLibrary();
      const answer = await list("q=zircon&sort=file_name&dir=desc&per_page=50");
      expect(answer.json.file_name_matches).toEqual({
        count: FILE_NAME_MATCH_LIMIT,
        limited: true,
      });
      expect(answer.json.count).toBe(FILE_NAME_MATCH_LIMIT);
      // The first 1,000 by file name, shown in the order asked for.
      expect(answer.json.images[0]?.file_name).toBe(
        `zircon-${String(FILE_NAME_MATCH_LIMIT - 1).padStart(4, "0")}.jpg`,
      );
    });

    it("searches on without file names while the store is down", async () => {
      await scanLibrary();
      const down = openStore({ engine: "sqlite", file: ":memory:" });
      await down.close();
      setDatabaseForTests(down);
      try {
        const answer = await list(`q=${TERM}&per_page=50`);
        expect(answer.status).toBe(200);
        expect(answer.json.snapshot_as_of).toBeNull();
        expect(answer.json.count).toBe(4);
        expect((await list("per_page=1")).json.snapshot_as_of).toBeNull();
      } finally {
        setDatabaseForTests(store);
      }
    });

    it("applies the live filters to the file-name matches too", async () => {
      await scanLibrary();
      const inactive = await list(`q=${TERM}&active=false&per_page=50`);
      expect(inactive.json.file_name_matches?.count).toBe(1);
      expect(inactive.json.images.map((i) => i.title)).toEqual(["Meadow 3"]);
      // Planted n is added at noon (-05:00) on 2024-01-01 + n days: days 6 to 8 hold n = 5 to 7.
      const days = await list(`q=${TERM}&from=2024-01-06&to=2024-01-08&per_page=50`);
      expect(days.json.count).toBe(3);
      expect(days.json.images.map((i) => i.title).sort()).toEqual([
        "Meadow 5",
        "Meadow 6",
        "Meadow 7",
      ]);
    });

    it("lists an image once when its title came to match after the snapshot", async () => {
      await scanLibrary();
      const renamed = "cccccccc-0000-4000-8000-000000000004";
      emulator.db.patchImage(renamed, { title: "Quartz after all" });
      const guids = await pageThrough(`q=${TERM}&sort=title&dir=asc`, 3);
      expect(guids.filter((g) => g === renamed)).toHaveLength(1);
      expect(new Set(guids).size).toBe(guids.length);
      expect(guids).toHaveLength(4 + 11);
      const answer = await list(`q=${TERM}&per_page=50`);
      expect(answer.json.file_name_matches?.count).toBe(10);
    });

    it("searches title, description and file name in a triage view, counted by the snapshot", async () => {
      await scanLibrary();
      // The planted images have no description: all of them are in "Missing description".
      const answer = await list(`triage=missing-description&q=${TERM}&per_page=50`);
      expect(answer.status).toBe(200);
      const titles = answer.json.images.map((i) => i.title);
      expect(answer.json.count).toBe(titles.length);
      expect(titles).toContain("Quartz ridge");
      expect(titles).toContain("Meadow 1");
      expect(titles).not.toContain("Meadow 21");
    });

    it("sorts by product count from the snapshot, most first, with exact paging and filters", async () => {
      await scanLibrary();
      const everything = await upstreamAll({ list_products: true });
      const products = (i: ImageDetails) => i.products?.length ?? 0;
      const guids = await pageThrough("sort=products", 7);
      expect(guids).toHaveLength(everything.length);
      expect(new Set(guids).size).toBe(guids.length);
      const byGuid = new Map(everything.map((i) => [i.guid, i]));
      const counts = guids.map((g) => products(byGuid.get(g)!));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts[0]).toBe(Math.max(...everything.map(products)));

      const fewest = await list("sort=products&dir=asc&per_page=3");
      expect(fewest.json.images.map(products)).toEqual([0, 0, 0]);

      const withProducts = await pageThrough("sort=products&has_products=true", 4);
      expect(withProducts).toHaveLength(everything.filter((i) => products(i) > 0).length);

      const searched = await list(`sort=products&q=${TERM}&per_page=50`);
      expect(searched.json.count).toBe(15);
      expect(searched.json.images[0]?.title).toBe("Meadow 5");
    });
  });
}
