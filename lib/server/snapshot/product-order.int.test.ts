// The table's in-memory filters and sorts against the SQL they stand for, on both engines: every
// sort key in both directions, with and without filters, gives the same ids in the same order
// and the same count as the store's own `order by ... nulls last, id` and `count(*)`; an edit
// (a new revision) is seen at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImageDetails, ProductDetails } from "@/lib/schemas/finerworks";
import { PRODUCT_SORT_KEYS, productQuerySchema } from "@/lib/schemas/products";
import { openStore, type StoreConnection } from "@/lib/server/db/connection";
import { migrateToLatest } from "@/lib/server/db/migrate";
import { finishScan, snapshotScan, startScan } from "@/lib/server/snapshot/scan-queries";
import { countProducts, listProducts, writeScanPages } from "@/test/reference-queries";
import { applyEditsToSnapshot } from "@/lib/server/snapshot/edit-queries";
import { product } from "@/test/harness/fixtures/store-rows";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/test/harness/store";
import { snapshotRows } from "./snapshot-rows";
import { orderedProductIds } from "./product-order";

const NAMES = ["apple", "Apple", "banana", "Cherry", "cherry", "date", "Élan", "fig"];
const MEDIA = ["Canvas", "canvas", "Paper", null];

/** 24 images with 0-4 products: ties, nulls and mixed case in every sortable column. */
function library(): ImageDetails[] {
  const images: ImageDetails[] = [];
  for (let i = 0; i < 24; i++) {
    const products: ProductDetails[] = [];
    for (let k = 0; k < i % 5; k++) {
      const n = i * 5 + k;
      const media = MEDIA[n % MEDIA.length] ?? null;
      products.push(
        product(`SKU-${n % 7}`, {
          name: NAMES[n % NAMES.length]!,
          product_code: n % 6 === 0 ? null : `code-${n % 9}`,
          per_item_price: 10 + (n % 4) * 5,
          asking_price: n % 5 === 0 ? null : 20 + (n % 3) * 10,
          quantity_in_stock: n % 3 === 0 ? null : n % 4,
          product_size: n % 8 === 0 ? null : { width: 8 + (n % 3) * 4, height: 10 + (n % 3) * 6 },
          labels: media === null ? [] : [{ key: "media", value: media, priority: 1 }],
        }),
      );
    }
    images.push({
      id: i + 1,
      guid: `bbbbbbbb-0000-4000-8000-${String(i + 1).padStart(12, "0")}`,
      title: `${NAMES[i % NAMES.length]} ${i % 3}`,
      description: "",
      file_name: null,
      file_size: null,
      thumbnail_file_name: null,
      preview_file_name: null,
      hires_file_name: null,
      public_thumbnail_uri: null,
      public_preview_uri: null,
      personal_gallery_title: null,
      members_gallery_category: null,
      private_hires_uri: null,
      pix_w: i % 6 === 0 ? null : 1000 + i * 300,
      pix_h: i % 6 === 0 ? null : 800 + i * 200,
      date_added: "2026-01-01",
      date_expires: null,
      active: i % 7 !== 0,
      products,
    });
  }
  return images;
}

const FILTERS: Record<string, string>[] = [
  {},
  { flag: "loss" },
  { flag: "no_asking_price" },
  { q: "apple" },
  { q: "sku-3" },
  { type: "cherry" },
  { margin_below: "40" },
  { price_min: "25", price_max: "40" },
  { flag: "duplicate_sku", margin_below: "60" },
];

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`product table order on ${engine}`, () => {
    let database: TestDatabase;
    let store: StoreConnection;

    beforeAll(async () => {
      database = await createTestDatabase(engine);
      store = openStore(database.config);
      await migrateToLatest(store);
      const now = Date.now();
      await startScan(store.db, {
        id: "order",
        library: "inventory",
        startedBy: null,
        now,
        leaseMs: 60_000,
      });
      const rows = snapshotRows("order", "inventory", library(), 30);
      await writeScanPages(store.db, "order", rows, 1, now + 60_000);
      await finishScan(store.db, "order", now);
    });
    afterAll(async () => {
      await store.close();
      await database.drop();
    });

    const snapshot = async () => {
      const scan = await snapshotScan(store.db);
      if (!scan) throw new Error("no snapshot");
      return scan;
    };

    it.each(PRODUCT_SORT_KEYS.flatMap((sort) => [`${sort} asc`, `${sort} desc`]))(
      "orders and filters like SQL by %s",
      async (order) => {
        const [sort, dir] = order.split(" ") as [string, string];
        const scan = await snapshot();
        for (const filters of FILTERS) {
          const query = productQuerySchema.parse({ ...filters, sort, dir });
          const sql = (await listProducts(store.db, scan.id, query, 500, 0)).map(
            (r) => r.product.id,
          );
          const memory = await orderedProductIds(store.db, scan, query, 500, 0);
          expect(memory.ids, JSON.stringify(filters)).toEqual(sql);
          expect(memory.count).toBe(await countProducts(store.db, scan.id, query));
          const page = await orderedProductIds(store.db, scan, query, 3, 2);
          expect(page.ids).toEqual(sql.slice(2, 5));
        }
      },
    );

    it("sees an edit that removed products at once", async () => {
      const before = await orderedProductIds(
        store.db,
        await snapshot(),
        productQuerySchema.parse({}),
        500,
        0,
      );
      const edited = "bbbbbbbb-0000-4000-8000-000000000005";
      expect(before.ids.some((id) => id.startsWith(edited))).toBe(true);
      await applyEditsToSnapshot(store.db, [{ guid: edited, title: "Edited", description: "" }]);
      const after = await orderedProductIds(
        store.db,
        await snapshot(),
        productQuerySchema.parse({}),
        500,
        0,
      );
      expect(after.ids.some((id) => id.startsWith(edited))).toBe(false);
      expect(after.count).toBe(before.count - 4);
    });
  });
}
