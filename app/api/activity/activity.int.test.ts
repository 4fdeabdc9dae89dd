/* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest's expect.any() matchers are typed any */
// GET /api/activity and GET /api/removed-products: who may read them, what the query accepts,
// cursor paging and the CSV exports, over a store filled through the store's own writes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActivityPage, RemovedProductsPage } from "@/lib/schemas/activity";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import { resetServerConfigForTests } from "@/lib/server/config";
import { writePending } from "@/lib/server/history/queries";
import { entry, product, productRow } from "@/test/harness/fixtures/store-rows";
import { setStoresForTests } from "@/lib/server/stores";
import { callRoute } from "@/test/harness/route";
import type { Caller } from "@/test/harness/session";
import { ENGINES, useTestStore } from "@/test/harness/store";
import * as removed from "../removed-products/route";
import * as activity from "./route";

type Json = ActivityPage & RemovedProductsPage & ApiErrorBody;
const feed = (query = "", as: Caller = "admin") =>
  callRoute<Json>(activity.GET, as, { method: "GET", path: `/api/activity${query}` });
const archive = (query = "", as: Caller = "admin") =>
  callRoute<Json>(removed.GET, as, { method: "GET", path: `/api/removed-products${query}` });

const IMAGE = "5fd001ce-5db8-4e84-9010-e29499eadb3f";
const T0 = Date.UTC(2026, 2, 1, 9);

beforeAll(() => {
  Object.assign(process.env, { LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000" });
  resetServerConfigForTests();
});
beforeEach(() => {
  setStoresForTests(undefined);
});

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`feeds on ${engine}`, () => {
    let close: () => Promise<void>;

    beforeAll(async () => {
      const test = await useTestStore(engine);
      close = test.close;
      const rows = Array.from({ length: 25 }, (_, i) =>
        entry({
          at: T0 + i * 3_600_000,
          outcome: "ok",
          actor_email: i % 2 ? "admin@example.com" : "staff@example.com",
          image_guid: i < 5 ? IMAGE : `66666666-6666-4666-8666-${String(i).padStart(12, "0")}`,
          after_title: i === 3 ? '=HYPERLINK("http://evil")' : `Title ${i}`,
          removed_products_count: i === 3 ? 2 : 0,
        }),
      );
      const changed = rows[3]!;
      await writePending(test.store.db, rows, [
        productRow(
          changed,
          product("FR-1", {
            asking_price: 45,
            description_long: '<p onclick="x">Hi<script>x</script></p>',
          }),
        ),
        productRow(changed, product("+CAN-2")),
      ]);
    });
    afterAll(() => close());

    describe("who may read", () => {
      it.each([
        ["/api/activity", "anonymous", 401],
        ["/api/activity", "artist", 200],
        ["/api/activity", "staff", 200],
        ["/api/activity", "admin", 200],
        ["/api/activity?format=csv", "artist", 403],
        ["/api/activity?format=csv", "staff", 403],
        ["/api/activity?format=csv", "admin", 200],
        ["/api/removed-products", "anonymous", 401],
        ["/api/removed-products", "artist", 403],
        ["/api/removed-products", "staff", 403],
        ["/api/removed-products", "admin", 200],
        ["/api/removed-products?format=csv", "staff", 403],
        ["/api/removed-products?format=csv", "admin", 200],
      ] as const)("%s as %s -> %i", async (path, caller, status) => {
        const [base, query] = path.split("?");
        const answer = await (base === "/api/activity" ? feed : archive)(
          query ? `?${query}` : "",
          caller,
        );
        expect(answer.status).toBe(status);
        if (status >= 400)
          expect(answer.json.error.code).toBe(status === 401 ? "unauthenticated" : "forbidden");
      });
    });

    it.each([
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=ten", "limit"],
      ["action=image.delete", "action"],
      ["image=not-a-guid", "image"],
      ["actor=nobody", "actor"],
      ["batch=123", "batch"],
      ["from=2026-02-30", "from"],
      ["from=yesterday", "from"],
      ["from=2026-03-02&to=2026-03-01", "from"],
      ["cursor=!!!", "cursor"],
      ["cursor=bm9wZQ", "cursor"],
      ["format=xml", "format"],
      ["sort=oldest", "_"],
    ])("GET /api/activity?%s -> 400 naming %s", async (query, field) => {
      const answer = await feed(`?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe("invalid_request");
      const named = Object.keys(answer.json.error.fields ?? {});
      expect(field === "_" ? named.length : named).toEqual(field === "_" ? 1 : [field]);
    });

    it.each([
      ["q=" + "x".repeat(201), "q"],
      ["sku=a%00b", "sku"],
      ["action=image.add", "_"],
    ])("GET /api/removed-products?%s -> 400", async (query, field) => {
      const answer = await archive(`?${query}`);
      expect(answer.status).toBe(400);
      if (field !== "_") expect(Object.keys(answer.json.error.fields ?? {})).toEqual([field]);
    });

    it("pages newest first with next_cursor until null", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const answer: { json: Json } = await feed(`?limit=10${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...answer.json.entries.map((e) => e.at));
        cursor = answer.json.next_cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(25);
      expect(seen).toEqual([...seen].sort().reverse());
    });

    it("filters by image, actor and a day range", async () => {
      expect((await feed(`?image=${IMAGE.toUpperCase()}`)).json.entries).toHaveLength(5);
      expect((await feed("?actor=ADMIN@example.com")).json.entries).toHaveLength(12);
      const day = await feed("?from=2026-03-01&to=2026-03-01");
      expect(day.json.entries).toHaveLength(15);
      expect(day.json.entries.every((e) => e.at.startsWith("2026-03-01"))).toBe(true);
    });

    it("exports the filtered history as CSV for admins, formulas neutralised", async () => {
      const answer = await feed(`?format=csv&image=${IMAGE}`);
      expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(answer.headers.get("content-disposition")).toMatch(
        /^attachment; filename="activity-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const lines = answer.text.split("\r\n");
      expect(lines[0]!.startsWith("\uFEFFid,at,actor_email")).toBe(true);
      expect(lines.filter(Boolean)).toHaveLength(6);
      expect(answer.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    });

    it("lists removed products with their image and who removed them, HTML sanitised", async () => {
      const { products, next_cursor } = (await archive()).json;
      expect(next_cursor).toBeNull();
      expect(products.map((p) => p.sku).sort()).toEqual(["+CAN-2", "FR-1"]);
      const frame = products.find((p) => p.sku === "FR-1")!;
      expect(frame).toMatchObject({
        asking_price: 45,
        per_item_price: 12.5,
        labels: [{ key: "frame", value: "Black", priority: 1 }],
        image: { guid: IMAGE, title: "Before", public_thumbnail_uri: expect.any(String) },
        removed_by: { email: "admin@example.com", name: "Sam Staff" },
        removed_at: new Date(T0 + 3 * 3_600_000).toISOString(),
      });
      expect(frame.description_long).toBe("<p>Hi</p>");
      expect((await archive("?sku=FR-1")).json.products).toHaveLength(1);
      expect((await archive("?q=can-")).json.products.map((p) => p.sku)).toEqual(["+CAN-2"]);
      expect((await archive("?actor=staff@example.com")).json.products).toHaveLength(0);
      expect((await archive("?from=2026-03-02")).json.products).toHaveLength(0);
    });

    it("exports removed products as CSV with prices and SKUs", async () => {
      const answer = await archive("?format=csv");
      const [header, ...rows] = answer.text
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .filter(Boolean);
      const columns = header!.split(",");
      expect(columns).toEqual(
        expect.arrayContaining(["sku", "per_item_price", "asking_price", "labels", "image_guid"]),
      );
      expect(rows).toHaveLength(2);
      const cells = (sku: string) => rows.find((r) => r.includes(sku))!.split(",");
      expect(cells("FR-1")[columns.indexOf("asking_price")]).toBe("45");
      expect(cells("'+CAN-2")[columns.indexOf("sku")]).toBe("'+CAN-2");
    });
  });
}
