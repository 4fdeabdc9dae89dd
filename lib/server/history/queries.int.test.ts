// The store on both engines: migrations, write-ahead entries, the feed's filters and cursor,
// and the archive of removed products.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/test/harness/store";
import { completeEntries, listActivity, writePending } from "./queries";
import { openStore, type StoreConnection } from "@/lib/server/db/connection";
import { encodeCursor } from "@/lib/server/db/cursor";
import { migrateDownOne, migrateToLatest } from "@/lib/server/db/migrate";
import { listRemovedProducts } from "./removed-products-queries";
import { entry, product, productRow } from "@/test/harness/fixtures/store-rows";

/** `npm run db:migrate` in its own process, as a second instance starting would. */
function migrateInChild(url: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/db-migrate.ts"],
      { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

const tables = async (store: StoreConnection) =>
  (await store.db.introspection.getTables()).map((t) => t.name).sort();

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`store on ${engine}`, () => {
    let database: TestDatabase;
    let store: StoreConnection;

    beforeAll(async () => {
      database = await createTestDatabase(engine);
      store = openStore(database.config);
    });
    afterAll(async () => {
      await store.close();
      await database.drop();
    });

    it("migrates up once, reverts on request and migrates again", async () => {
      const all = [
        "0001-history",
        "0002-products-snapshot",
        "0003-product-details",
        "0004-triage-views",
        "0005-snapshot-search",
      ];
      expect(await migrateToLatest(store)).toEqual({ applied: all });
      expect(await migrateToLatest(store)).toEqual({ applied: [] });
      expect(await tables(store)).toEqual([
        "activity",
        "product_scan",
        "removed_product",
        "saved_view",
        "snapshot_image",
        "snapshot_product",
        "snapshot_product_detail",
      ]);
      expect(await migrateDownOne(store)).toEqual({ applied: ["0005-snapshot-search"] });
      expect(await migrateDownOne(store)).toEqual({ applied: ["0004-triage-views"] });
      expect(await migrateDownOne(store)).toEqual({ applied: ["0003-product-details"] });
      expect(await migrateDownOne(store)).toEqual({ applied: ["0002-products-snapshot"] });
      expect(await tables(store)).toEqual(["activity", "removed_product"]);
      expect(await migrateDownOne(store)).toEqual({ applied: ["0001-history"] });
      expect(await tables(store)).toEqual([]);
      expect(await migrateToLatest(store)).toEqual({ applied: all });
    });

    it("writes an entry and its products together, or neither", async () => {
      const good = entry({ removed_products_count: 1 });
      const clash = entry();
      await writePending(store.db, [good], [productRow(good, product("SKU-A"))]);
      // The second batch repeats an id: the transaction leaves nothing of it behind.
      await expect(
        writePending(store.db, [clash, { ...good }], [productRow(clash, product("SKU-B"))]),
      ).rejects.toThrow();
      const ids = (await listActivity(store.db, {}, 100)).map((r) => r.id);
      expect(ids).toContain(good.id);
      expect(ids).not.toContain(clash.id);
      const kept = await listRemovedProducts(store.db, {}, 100);
      expect(kept.map((p) => (JSON.parse(p.product) as { sku: string }).sku)).toEqual(["SKU-A"]);
    });

    it("completes pending entries once, grouped by outcome", async () => {
      const a = entry();
      const b = entry();
      const c = entry({ action: "image.add", image_guid: null });
      await writePending(store.db, [a, b, c], []);
      await completeEntries(store.db, [
        { id: a.id, outcome: "ok", referenceId: "ref-1" },
        { id: b.id, outcome: "failed", errorCode: "upstream_error", referenceId: "ref-2" },
        { id: c.id, outcome: "ok", imageGuid: "AAAAAAAA-0000-4000-8000-000000000001" },
      ]);
      // A second completion does not overwrite the first.
      await completeEntries(store.db, [{ id: a.id, outcome: "unknown" }]);
      const rows = await store.db
        .selectFrom("activity")
        .selectAll()
        .where("id", "in", [a.id, b.id, c.id])
        .orderBy("id")
        .execute();
      expect(rows.map((r) => [r.outcome, r.error_code, r.reference_id])).toEqual([
        ["ok", null, "ref-1"],
        ["failed", "upstream_error", "ref-2"],
        ["ok", null, null],
      ]);
      expect(rows[2]?.image_guid).toBe("aaaaaaaa-0000-4000-8000-000000000001");
      expect(typeof rows[0]?.at).toBe("number");
      expect(typeof rows[0]?.completed_at).toBe("number");
    });

    describe("the feed", () => {
      const T0 = Date.UTC(2026, 0, 10, 12);
      const IMAGE = "11111111-1111-4111-8111-111111111111";
      const BATCH = "22222222-2222-4222-8222-222222222222";

      beforeAll(async () => {
        await store.db.deleteFrom("activity").execute();
        const rows = Array.from({ length: 130 }, (_, i) =>
          entry({
            // Pairs share a millisecond: the cursor must break ties by id.
            at: T0 + Math.floor(i / 2) * 60_000,
            image_guid:
              i % 10 === 0 ? IMAGE : `33333333-3333-4333-8333-${String(i).padStart(12, "0")}`,
            actor_email: i % 3 === 0 ? "admin@example.com" : "staff@example.com",
            action: i % 5 === 0 ? "image.add" : "image.update",
            batch_id: i >= 120 ? BATCH : null,
          }),
        );
        await writePending(store.db, rows, []);
      });

      async function walk(filters: Parameters<typeof listActivity>[1], limit: number) {
        const seen: { at: number; id: string }[] = [];
        let after: { at: number; id: string } | undefined;
        for (let pages = 0; pages < 100; pages++) {
          const rows = await listActivity(store.db, filters, limit, after);
          seen.push(...rows.map((r) => ({ at: r.at, id: r.id })));
          if (rows.length < limit) return seen;
          after = seen.at(-1);
        }
        throw new Error("the cursor never ended");
      }

      it("pages newest first without gaps or repeats", async () => {
        const seen = await walk({}, 7);
        expect(seen).toHaveLength(130);
        expect(new Set(seen.map((s) => s.id)).size).toBe(130);
        const sorted = [...seen].sort((x, y) => y.at - x.at || (x.id < y.id ? 1 : -1));
        expect(seen).toEqual(sorted);
        expect(encodeCursor(seen[0]!)).toMatch(/^[A-Za-z0-9_-]+$/);
      });

      it.each([
        ["image", { image: IMAGE }, 13],
        ["actor", { actor: "admin@example.com" }, 44],
        ["action", { action: "image.add" as const }, 26],
        ["batch", { batch: BATCH }, 10],
        ["from", { from: T0 + 60 * 60_000 }, 10],
        ["to", { to: T0 + 60_000 }, 4],
        ["from and to", { from: T0 + 60_000, to: T0 + 2 * 60_000 }, 4],
        ["image and actor", { image: IMAGE, actor: "admin@example.com" }, 5],
      ])("filters by %s", async (_name, filters, count) => {
        const seen = await walk(filters, 4);
        expect(seen).toHaveLength(count);
      });
    });

    describe("the archive", () => {
      beforeAll(async () => {
        await store.db.deleteFrom("removed_product").execute();
        const ok = entry({ actor_email: "admin@example.com", image_title: "Harbour at dawn" });
        const failed = entry({ image_guid: "44444444-4444-4444-8444-444444444444" });
        const unknown = entry({ at: Date.now() - 60_000, deadline_at: Date.now() - 30_000 });
        await writePending(
          store.db,
          [ok, failed, unknown],
          [
            productRow(ok, product("FR-100%", { name: "Walnut Frame" })),
            productRow(ok, product("CAN-200")),
            productRow(failed, product("FAILED-1")),
            productRow(unknown, product("LOST-1")),
          ],
        );
        await completeEntries(store.db, [
          { id: ok.id, outcome: "ok" },
          { id: failed.id, outcome: "failed", errorCode: "upstream_error" },
        ]);
      });

      const skus = async (filters: Parameters<typeof listRemovedProducts>[1]) =>
        (await listRemovedProducts(store.db, filters, 100))
          .map((p) => (JSON.parse(p.product) as { sku: string }).sku)
          .sort();

      it.each([
        ["nothing", {}, ["CAN-200", "FR-100%", "LOST-1"]],
        ["sku", { sku: "CAN-200" }, ["CAN-200"]],
        ["q in the name, any case", { q: "walnut" }, ["FR-100%"]],
        ["q with a LIKE wildcard taken literally", { q: "100%" }, ["FR-100%"]],
        ["q that % alone does not match everything", { q: "%x" }, []],
        ["q in the image title", { q: "HARBOUR" }, ["CAN-200", "FR-100%"]],
        ["actor", { actor: "admin@example.com" }, ["CAN-200", "FR-100%"]],
        ["image", { image: "44444444-4444-4444-8444-444444444444" }, []],
      ])("filters by %s (a failed edit removed nothing)", async (_name, filters, expected) => {
        expect(await skus(filters)).toEqual(expected);
      });
    });

    it("migrates once when two processes start at the same moment", async () => {
      const fresh = await createTestDatabase(engine);
      try {
        const runs = await Promise.all([migrateInChild(fresh.url), migrateInChild(fresh.url)]);
        expect(runs.map((r) => r.code)).toEqual([0, 0]);
        const said = runs.map((r) => r.out.trim().split(": ").pop()).sort();
        expect(said).toEqual([
          "applied 0001-history, 0002-products-snapshot, 0003-product-details, 0004-triage-views, 0005-snapshot-search",
          "up to date",
        ]);
      } finally {
        await fresh.drop();
      }
    });
  });
}
