// The product review over real HTTP to the emulator, on both engines: a scan pages through the
// inventory library into the store (one at a time, cancellable, a failed page retried, a failed
// scan keeping the snapshot before it), and GET /api/products reads it back filtered and sorted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ImageDetails, ProductDetails } from "@/lib/schemas/finerworks";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { ProductScan, ProductsPage } from "@/lib/schemas/products";
import { settleLocalScans } from "@/lib/server/snapshot/scans";
import { setStoresForTests } from "@/lib/server/stores";
import { parseCsv } from "@/test/harness/csv";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { callRoute } from "@/test/harness/route";
import type { Caller } from "@/test/harness/session";
import { ENGINES, useTestStore } from "@/test/harness/store";
import * as images from "../images/route";
import * as products from "./route";
import * as scanRoute from "./scan/route";

type Json = ProductsPage & ProductScan & ApiErrorBody;
// The product review is the admins' own: every call is an admin's unless a test says otherwise.
const list = (query = "", as: Caller = "admin") =>
  callRoute<Json>(products.GET, as, { method: "GET", path: `/api/products${query}` });
const scanCall =
  (method: "GET" | "POST" | "DELETE") =>
  (as: Caller = "admin") =>
    callRoute<Json>(scanRoute[method], as, { method, path: "/api/products/scan" });
const startScan = scanCall("POST");
const readScan = scanCall("GET");
const cancelScan = scanCall("DELETE");

let emulator: RunningEmulator;
/** Every inventory image with its products, as list_images pages them. */
let library: ImageDetails[];
const allProducts = () =>
  library.flatMap((image) => (image.products ?? []).map((p) => ({ image, product: p })));

async function readLibrary(): Promise<ImageDetails[]> {
  const { createFinerWorksClient } = await import("@/lib/server/finerworks/client");
  const { serverConfig } = await import("@/lib/server/config");
  const client = createFinerWorksClient(serverConfig().finerworks);
  const found: ImageDetails[] = [];
  for (let page = 1; ; page++) {
    const answer = await client.listImages({
      library: "inventory",
      page_number: page,
      per_page: 50,
      list_products: true,
    });
    found.push(...answer.images);
    if (found.length >= answer.count || answer.images.length === 0) return found;
  }
}

/** Starts a scan and waits for its end. */
async function scanToEnd(): Promise<ProductScan> {
  const started = await startScan();
  expect(started.status).toBe(202);
  await settleLocalScans();
  return (await readScan()).json;
}

const lossy = (p: ProductDetails) =>
  p.asking_price !== null && p.asking_price > 0 && p.asking_price <= p.per_item_price;

beforeAll(async () => {
  emulator = await startAppEmulator();
  library = await readLibrary();
  expect(allProducts().length).toBeGreaterThan(20);
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  setStoresForTests(undefined);
  emulator.reset();
  emulator.clearFaults();
  emulator.clearRequests();
});

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`product review on ${engine}`, () => {
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ close } = await useTestStore(engine));
    });
    afterAll(() => close());

    it("is for admins only", async () => {
      for (const caller of ["artist", "staff"] as const) {
        for (const call of [(as: Caller) => list("", as), startScan, readScan, cancelScan])
          expect((await call(caller)).status).toBe(403);
        expect((await list("?format=csv", caller)).status).toBe(403);
      }
      expect((await list("", "anonymous")).status).toBe(401);
    });

    it("scans the whole inventory library: the table holds exactly what list_images lists", async () => {
      const scan = await scanToEnd();
      const pages = Math.ceil(library.length / 50);
      expect(scan).toMatchObject({
        state: "done",
        pages_done: pages,
        pages_total: pages,
        images: library.length,
        products: allProducts().length,
        started_by: "admin@example.com",
      });
      const calls = emulator.requests().filter((r) => r.endpoint === "list_images");
      expect(calls).toHaveLength(pages);
      expect(calls[0]?.body).toMatchObject({
        per_page: 50,
        sort_field: "id",
        sort_direction: "ASC",
        list_products: true,
        library: { name: "inventory" },
      });

      const answer = await list("?per_page=500");
      expect(answer.status).toBe(200);
      expect(answer.json.count).toBe(allProducts().length);
      expect(answer.json.as_of).toBe(scan.finished_at);
      expect(answer.json.products.map((p) => p.sku).sort()).toEqual(
        allProducts()
          .map((p) => p.product.sku)
          .sort(),
      );
      expect(answer.json.summary).toMatchObject({
        products: allProducts().length,
        images_with_products: library.filter((i) => (i.products?.length ?? 0) > 0).length,
        thin_margin_pct: 30,
      });
      const asking = allProducts().reduce((sum, p) => sum + (p.product.asking_price ?? 0), 0);
      expect(answer.json.summary.total_asking_value).toBeCloseTo(asking, 2);
    });

    it("sorts by margin, lowest first, and filters Loss to exactly asking price at or below cost", async () => {
      await scanToEnd();
      const margins = allProducts()
        .filter((p) => p.product.asking_price)
        .map((p) => p.product.asking_price! - p.product.per_item_price);
      const ascending = await list("?sort=margin&dir=asc&per_page=500");
      const shown = ascending.json.products.map((p) => p.margin).filter((m) => m !== null);
      expect(shown[0]).toBeCloseTo(Math.min(...margins), 2);
      expect(shown).toEqual([...shown].sort((a, b) => a - b));

      const loss = await list("?flag=loss&per_page=500");
      const expected = allProducts().filter((p) => lossy(p.product));
      expect(loss.json.count).toBe(expected.length);
      expect(loss.json.summary.flags.loss).toBe(expected.length);
      expect(loss.json.products.map((p) => p.sku).sort()).toEqual(
        expected.map((p) => p.product.sku).sort(),
      );
      for (const row of loss.json.products)
        expect(row.asking_price! <= row.per_item_price).toBe(true);
    });

    it("exports exactly the filtered, sorted rows as CSV", async () => {
      await scanToEnd();
      const query = "?sort=asking_price&dir=desc&margin_below=60";
      const rows = (await list(`${query}&per_page=500`)).json.products;
      const csv = await list(`${query}&format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(csv.text.startsWith("\uFEFFImage title,")).toBe(true);
      const [header, ...lines] = parseCsv(csv.text.slice(1));
      const sku = header!.indexOf("SKU");
      expect(lines.map((line) => line[sku])).toEqual(rows.map((r) => r.sku));
      expect(lines.length).toBeGreaterThan(0);
    });

    it("runs one scan at a time, and cancels it leaving the snapshot before it", async () => {
      const first = await scanToEnd();
      emulator.setFault({ endpoint: "list_images", kind: "latency", latency_ms: 300 });
      const started = await startScan();
      expect(started.status).toBe(202);
      const second = await startScan();
      expect(second.status).toBe(409);
      expect(second.json.error.code).toBe("conflict");
      const cancelled = await cancelScan();
      expect(cancelled.status).toBe(200);
      expect(cancelled.json).toMatchObject({ id: started.json.id, state: "cancelled" });
      await settleLocalScans();
      expect((await readScan()).json.state).toBe("cancelled");
      expect((await cancelScan()).status).toBe(409);
      const after = await list();
      expect(after.json.as_of).toBe(first.finished_at);
      expect(after.json.count).toBe(allProducts().length);
    });

    it("retries a failed page", async () => {
      emulator.setFault({ endpoint: "list_images", kind: "http_500", skip: 1, times: 3 });
      const scan = await scanToEnd();
      expect(scan.state).toBe("done");
      expect(scan.products).toBe(allProducts().length);
      const failed = emulator
        .requests()
        .filter((r) => r.endpoint === "list_images" && r.status === 500);
      expect(failed).toHaveLength(3);
    });

    it("keeps the snapshot of a failed scan's predecessor, and says why with the reference id", async () => {
      const first = await scanToEnd();
      emulator.setFault({ endpoint: "list_images", kind: "success_false", skip: 1 });
      const failed = await scanToEnd();
      expect(failed.state).toBe("failed");
      expect(failed.error).toMatchObject({
        code: "upstream_error",
        reference_id: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
      });
      expect(failed.error?.message).toMatch(/FinerWorks refused/);
      const after = await list("?per_page=500");
      expect(after.json.as_of).toBe(first.finished_at);
      expect(after.json.count).toBe(allProducts().length);
      expect(after.json.scan).toMatchObject({ id: failed.id, state: "failed" });
    });

    it("a staff edit removes the image's products from the snapshot at once", async () => {
      await scanToEnd();
      emulator.clearRequests();
      const image = library.find((i) => (i.products?.length ?? 0) >= 2)!;
      expect((await list(`?image=${image.guid}`)).json.count).toBe(image.products!.length);
      const edit = await callRoute<Json>(images.PATCH, "staff", {
        method: "PATCH",
        path: "/api/images",
        json: { images: [{ guid: image.guid, title: "Edited in the review test" }] },
      });
      expect(edit.status).toBe(200);
      const after = await list(`?image=${image.guid}`);
      expect(after.json.count).toBe(0);
      expect(after.json.summary.products).toBe(allProducts().length - image.products!.length);
      // No rescan happened: list_images was asked only by the edit's own read.
      expect(emulator.requests().filter((r) => r.endpoint === "list_images")).toHaveLength(1);
    });

    it("a visit starts a scan when the snapshot is missing", async () => {
      const { store } = await useTestStore(engine);
      try {
        const first = await list();
        expect(first.status).toBe(200);
        expect(first.json).toMatchObject({ count: 0, as_of: null });
        // The answer shows the scan the visit started (no admin asked for it).
        expect(first.json.scan).toMatchObject({ state: "running", started_by: null });
        await settleLocalScans();
        const later = await list();
        expect(later.json.count).toBe(allProducts().length);
        expect(later.json.scan?.started_by).toBeNull();
        // Fresh now: another visit starts nothing.
        await list();
        await settleLocalScans();
        const scans = await store.db.selectFrom("product_scan").select("id").execute();
        expect(scans).toHaveLength(1);
      } finally {
        await close();
        ({ close } = await useTestStore(engine));
      }
    });

    it.each([
      ["per_page=501", "per_page"],
      ["flag=cheap", "flag"],
      ["sort=price", "sort"],
      ["price_min=9&price_max=1", "price_min"],
    ])("answers 400 for %s", async (query, field) => {
      const answer = await list(`?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe("invalid_request");
      expect(Object.keys(answer.json.error.fields ?? {})).toContain(field);
    });
  });
}
