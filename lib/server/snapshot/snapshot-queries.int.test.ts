// The product snapshot on both engines: one running scan, pages written with their progress,
// the flip with duplicate SKUs marked, cancel, stale rows cleaned, our own edits and adds
// applied in place, and the table's filters, sort (nulls last) and summary in SQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ImageDetails, ProductDetails } from "@/lib/schemas/finerworks";
import { productQuerySchema } from "@/lib/schemas/products";
import { snapshotRows } from "@/lib/server/snapshot/snapshot-rows";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/test/harness/store";
import { openStore, type StoreConnection } from "@/lib/server/db/connection";
import { migrateToLatest } from "@/lib/server/db/migrate";
import { summarizeSnapshot } from "./product-queries";
import {
  cancelScan,
  deleteStaleRows,
  finishScan,
  latestScan,
  snapshotScan,
  startScan,
} from "./scan-queries";
import { countProducts, listProducts, writeScanPages } from "@/test/reference-queries";
import { addImagesToSnapshot, applyEditsToSnapshot } from "./edit-queries";
import { product } from "@/test/harness/fixtures/store-rows";

let n = 0;
const guid = () => `aaaaaaaa-0000-4000-8000-${String(++n).padStart(12, "0")}`;

function image(products: ProductDetails[], overrides: Partial<ImageDetails> = {}): ImageDetails {
  return {
    id: n,
    guid: guid(),
    title: `Image ${n}`,
    description: "",
    file_name: `image-${n}.jpg`,
    file_size: 1000,
    thumbnail_file_name: null,
    preview_file_name: null,
    hires_file_name: null,
    public_thumbnail_uri: "https://cdn.example.com/t.jpg",
    public_preview_uri: null,
    personal_gallery_title: null,
    members_gallery_category: null,
    private_hires_uri: null,
    pix_w: 3000,
    pix_h: 2400,
    date_added: "2026-01-01",
    date_expires: null,
    active: true,
    products,
    ...overrides,
  };
}

const query = (raw: Record<string, string> = {}) => productQuerySchema.parse(raw);

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`product snapshot on ${engine}`, () => {
    let database: TestDatabase;
    let store: StoreConnection;
    const now = Date.now();

    beforeAll(async () => {
      database = await createTestDatabase(engine);
      store = openStore(database.config);
      await migrateToLatest(store);
    });
    afterAll(async () => {
      await store.close();
      await database.drop();
    });
    beforeEach(async () => {
      await store.db.deleteFrom("snapshot_product").execute();
      await store.db.deleteFrom("snapshot_image").execute();
      await store.db.deleteFrom("product_scan").execute();
    });

    const start = async (id: string, at = now, leaseMs = 60_000) => {
      const result = await startScan(store.db, {
        id,
        library: "inventory",
        startedBy: null,
        now: at,
        leaseMs,
      });
      return "started" in result ? result.started : undefined;
    };
    const write = (scanId: string, images: ImageDetails[]) =>
      writeScanPages(
        store.db,
        scanId,
        snapshotRows(scanId, "inventory", images, 30),
        1,
        now + 60_000,
      );

    it("runs one scan at a time; a scan whose lease ran out is given up", async () => {
      expect(await start("scan-1", now, 1_000)).toBeDefined();
      expect(await start("scan-2", now + 500)).toBeUndefined();
      expect(await start("scan-3", now + 2_000)).toBeDefined();
      const first = await store.db
        .selectFrom("product_scan")
        .selectAll()
        .where("id", "=", "scan-1")
        .executeTakeFirstOrThrow();
      expect(first).toMatchObject({ state: "failed", error_code: "interrupted" });
      expect((await latestScan(store.db))?.id).toBe("scan-3");
    });

    it("flips a finished scan into the snapshot, marking SKUs found on two images", async () => {
      await start("old");
      await write("old", [image([product("OLD-1")])]);
      expect(await finishScan(store.db, "old", now)).toBe(true);

      await start("new");
      const a = image([product("DUP"), product("A-1")]);
      const b = image([product("DUP")]);
      expect(await write("new", [a])).toBe(true);
      expect(await write("new", [b])).toBe(true);
      // Until the flip the old snapshot is what is read.
      expect((await snapshotScan(store.db))?.id).toBe("old");
      expect(await finishScan(store.db, "new", now + 1)).toBe(true);
      await deleteStaleRows(store.db);
      const snapshot = await snapshotScan(store.db);
      expect(snapshot).toMatchObject({ id: "new", pages_done: 2, images: 2, products: 3 });
      const rows = await listProducts(store.db, "new", query({ sort: "sku" }), 10, 0);
      expect(rows.map((r) => [r.product.sku, r.product.flag_duplicate_sku])).toEqual([
        ["A-1", 0],
        ["DUP", 1],
        ["DUP", 1],
      ]);
      const left = await store.db.selectFrom("snapshot_product").select("scan_id").execute();
      expect(new Set(left.map((r) => r.scan_id))).toEqual(new Set(["new"]));
    });

    it("refuses the pages of a cancelled scan and keeps the snapshot", async () => {
      await start("kept");
      await write("kept", [image([product("K-1")])]);
      await finishScan(store.db, "kept", now);
      await start("cancelled");
      expect((await cancelScan(store.db, now))?.state).toBe("cancelled");
      expect(await write("cancelled", [image([product("C-1")])])).toBe(false);
      expect(await finishScan(store.db, "cancelled", now)).toBe(false);
      expect((await snapshotScan(store.db))?.id).toBe("kept");
      expect(await cancelScan(store.db, now)).toBeUndefined();
    });

    it("applies an edit (products gone, duplicates recounted) and an add in place", async () => {
      await start("s");
      const edited = image([product("DUP"), product("E-1")]);
      const other = image([product("DUP")]);
      await write("s", [edited, other]);
      await finishScan(store.db, "s", now);
      const { removedProducts } = await applyEditsToSnapshot(store.db, [
        { guid: edited.guid.toUpperCase(), title: "New title", description: "New words" },
      ]);
      expect(removedProducts).toBe(2);
      const rows = await listProducts(store.db, "s", query(), 10, 0);
      expect(rows.map((r) => [r.product.sku, r.product.flag_duplicate_sku])).toEqual([["DUP", 0]]);
      const img = await store.db
        .selectFrom("snapshot_image")
        .selectAll()
        .where("guid", "=", edited.guid)
        .executeTakeFirstOrThrow();
      expect(img).toMatchObject({
        title: "New title",
        description: "New words",
        products_count: 0,
      });

      const added = snapshotRows("", "inventory", [image([])], 30).images[0]!;
      const { scan_id: _, ...row } = added;
      await addImagesToSnapshot(store.db, [row]);
      const images = await store.db.selectFrom("snapshot_image").select("guid").execute();
      expect(images.map((i) => i.guid)).toContain(added.guid);
    });

    it("filters, sorts with nulls last and summarises in SQL", async () => {
      await start("q");
      await write("q", [
        image([
          product("LOSS", { per_item_price: 50, asking_price: 40, name: "zebra" }),
          product("NONE", { asking_price: null, name: "Apple" }),
          product("GOOD", { per_item_price: 10, asking_price: 40, name: "mango" }),
          product("THIN", { per_item_price: 30, asking_price: 40, name: "Kiwi" }),
        ]),
        image([product("OFF", { per_item_price: 10, asking_price: 25 })], { active: false }),
      ]);
      await finishScan(store.db, "q", now);
      const skus = async (raw: Record<string, string>) =>
        (await listProducts(store.db, "q", query(raw), 10, 0)).map((r) => r.product.sku);
      expect(await skus({ sort: "margin", dir: "asc" })).toEqual([
        "LOSS",
        "THIN",
        "OFF",
        "GOOD",
        "NONE",
      ]);
      expect(await skus({ sort: "margin", dir: "desc" })).toEqual([
        "GOOD",
        "OFF",
        "THIN",
        "LOSS",
        "NONE",
      ]);
      // Any case: Apple, Framed print OFF, Kiwi, mango, zebra.
      expect(await skus({ sort: "name" })).toEqual(["NONE", "OFF", "THIN", "GOOD", "LOSS"]);
      expect(await skus({ flag: "loss" })).toEqual(["LOSS"]);
      expect(await skus({ flag: "thin_margin" })).toEqual(["THIN"]);
      expect(await skus({ flag: "no_asking_price" })).toEqual(["NONE"]);
      expect(await skus({ flag: "inactive_image" })).toEqual(["OFF"]);
      expect(await skus({ margin_below: "50", sort: "sku" })).toEqual(["LOSS", "THIN"]);
      expect(await skus({ price_min: "30", price_max: "40", sort: "sku" })).toEqual([
        "GOOD",
        "LOSS",
        "THIN",
      ]);
      expect(await skus({ q: "kiw" })).toEqual(["THIN"]);
      expect(await skus({ q: "%" })).toEqual([]);
      expect(await countProducts(store.db, "q", query({ flag: "loss" }))).toBe(1);
      const summary = await summarizeSnapshot(store.db, "q");
      expect(summary).toMatchObject({
        products: 5,
        imagesWithProducts: 2,
        totalAskingCents: 14_500,
        // Margins -10, 10, 15 and 30 dollars: the middle two average to 12.50.
        medianMarginCents: 1_250,
        flags: { loss: 1, thin_margin: 1, no_asking_price: 1, inactive_image: 1 },
      });
      expect(summary.types[0]).toMatchObject({ count: 1 });
    });
  });
}
