// GET /api/products/<id> over real HTTP to the emulator, on both engines: the side panel's
// details of one snapshot product (the table's rows leave them out), admins only, the id checked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { productRecord } from "@/emulator/products";
import { mediaPath, type NewImage } from "@/emulator/records";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { ProductRowDetails, ProductScan, ProductsPage } from "@/lib/schemas/products";
import { settleLocalScans } from "@/lib/server/snapshot/scans";
import { setStoresForTests } from "@/lib/server/stores";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { callRoute } from "@/test/harness/route";
import type { Caller } from "@/test/harness/session";
import { ENGINES, useTestStore } from "@/test/harness/store";
import * as products from "../route";
import * as scanRoute from "../scan/route";
import * as details from "./route";

type Json = ProductRowDetails & ApiErrorBody;
// Admins' calls unless a test says otherwise.
const read = (id: string, as: Caller = "admin") =>
  callRoute<Json>(details.GET, as, { method: "GET", path: `/api/products/${id}` });
const list = (query: string) =>
  callRoute<ProductsPage>(products.GET, "admin", { method: "GET", path: `/api/products${query}` });

const PLANTED_GUID = "bbbbbbbb-0000-4000-8000-000000000001";

function plantedImage(): NewImage {
  return {
    guid: PLANTED_GUID,
    library: "inventory",
    title: "planted-html",
    description: "",
    file_name: "planted-html.jpg",
    file_size: 1000,
    thumbnail_file_name: null,
    preview_file_name: null,
    hires_file_name: null,
    public_thumbnail_uri: mediaPath("thumb", PLANTED_GUID),
    public_preview_uri: mediaPath("preview", PLANTED_GUID),
    private_hires_uri: mediaPath("hires", PLANTED_GUID),
    personal_gallery_title: null,
    members_gallery_category: null,
    pix_w: 3000,
    pix_h: 2400,
    added_at: Date.now(),
    expires_at: null,
    active: true,
  };
}

async function scanToEnd(): Promise<void> {
  const scan = await callRoute<ProductScan>(scanRoute.POST, "admin", {
    method: "POST",
    path: "/api/products/scan",
  });
  expect(scan.status).toBe(202);
  await settleLocalScans();
}

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startAppEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  setStoresForTests(undefined);
  emulator.reset();
  emulator.clearFaults();
});

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`product details on ${engine}`, () => {
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ close } = await useTestStore(engine));
    });
    afterAll(() => close());

    it("answers a row's details sanitised (a planted onerror payload is gone); the row leaves them out", async () => {
      emulator.db.insertImages([
        {
          ...plantedImage(),
          products: [
            productRecord({
              sku: "PLANTED-1",
              product_code: null,
              per_item_price: 10,
              asking_price: 30,
              name: "Planted",
              description_short: "Short words",
              description_long:
                '<h4>Print</h4><img src=x onerror="alert(1)"><script>alert(2)</script>',
              labels: [
                { key: "media", value: '8 x 10" Photo Rag', priority: 1 },
                { key: "type", value: "Giclee", priority: 5 },
              ],
              image_url_1: "javascript:alert(3)",
              image_url_2: "https://example.com/mockup.jpg",
              product_guid: "00000000-0000-4000-8000-000000000001",
            }),
          ],
        },
      ]);
      await scanToEnd();
      const [row] = (await list("?q=planted-1")).json.products;
      expect(row).toMatchObject({
        id: `${PLANTED_GUID}:0`,
        sku: "PLANTED-1",
        print_size: { width_in: 8, height_in: 10 },
        dpi: 300,
        margin: 20,
        margin_pct: 66.7,
      });
      for (const heavy of ["description_long", "description_short", "labels", "image_urls"])
        expect(row).not.toHaveProperty(heavy);

      const answer = await read(row!.id);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(answer.json).toEqual({
        id: row!.id,
        product_guid: "00000000-0000-4000-8000-000000000001",
        description_short: "Short words",
        description_long: "<h4>Print</h4>",
        labels: [
          { key: "type", value: "Giclee", priority: 5 },
          { key: "media", value: '8 x 10" Photo Rag', priority: 1 },
        ],
        image_urls: ["https://example.com/mockup.jpg"],
        third_party_integrations: null,
      });
      // The id in either case, encoded or not, is the same product.
      expect((await read(encodeURIComponent(row!.id.toUpperCase()))).json.id).toBe(row!.id);
    });

    it("is for admins only", async () => {
      const id = `${PLANTED_GUID}:0`;
      for (const caller of ["artist", "staff"] as const) {
        const answer = await read(id, caller);
        expect(answer.status).toBe(403);
        expect(answer.json.error.code).toBe("forbidden");
      }
      const answer = await read(id, "anonymous");
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe("unauthenticated");
    });

    it.each([
      ["not-a-product"],
      ["bbbbbbbb-0000-4000-8000-000000000001"],
      ["bbbbbbbb-0000-4000-8000-000000000001:-1"],
      ["bbbbbbbb-0000-4000-8000-000000000001:01"],
      ["bbbbbbbb-0000-4000-8000-000000000001:12345"],
      ["bbbbbbbb-0000-4000-8000-00000000000g:0"],
      ["%E0%A4%A"],
    ])("answers 400 with the error envelope for the id %s", async (id) => {
      const answer = await read(id);
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe("invalid_request");
      expect(Object.keys(answer.json.error.fields ?? {})).toContain("id");
    });

    it("answers 404 for an id the snapshot does not hold", async () => {
      await scanToEnd();
      const [row] = (await list("?per_page=1")).json.products;
      expect((await read(row!.id)).status).toBe(200);
      const answer = await read("cccccccc-0000-4000-8000-000000000009:0");
      expect(answer.status).toBe(404);
      expect(answer.json.error.code).toBe("not_found");
    });
  });
}
