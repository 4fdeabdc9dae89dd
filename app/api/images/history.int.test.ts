/* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest's expect.any() matchers are typed any */
// Every change through PATCH/POST /api/images is recorded write-ahead, on both engines: pending
// before the upstream call (with the products update_images destroys), completed after; a store
// that cannot be written refuses the change with 503 and sends nothing upstream.
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { ActivityPage, RemovedProductsPage } from "@/lib/schemas/activity";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { StoreConnection } from "@/lib/server/db/connection";
import { setStoresForTests } from "@/lib/server/stores";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { callRoute } from "@/test/harness/route";
import type { Caller } from "@/test/harness/session";
import { ENGINES, POSTGRES_URL, useTestStore } from "@/test/harness/store";
import { waitFor } from "@/test/harness/wait";
import * as activity from "../activity/route";
import * as removed from "../removed-products/route";
import * as images from "./route";

type Json = ActivityPage &
  RemovedProductsPage &
  ApiErrorBody & {
    images: { guid: string; title: string; description: string; activity_id?: string }[];
  };

const patch = (body: unknown, as: Caller = "staff") =>
  callRoute<Json>(images.PATCH, as, { method: "PATCH", path: "/api/images", json: body });
const post = (body: unknown) =>
  callRoute<Json>(images.POST, "staff", { method: "POST", path: "/api/images", json: body });
const feed = (query = "") =>
  callRoute<Json>(activity.GET, "staff", { method: "GET", path: `/api/activity${query}` });
/** The archive is the admins' own. */
const archive = (query = "") =>
  callRoute<Json>(removed.GET, "admin", { method: "GET", path: `/api/removed-products${query}` });
/** A list page, as staff. */
const list = <T = Json>(query: string) =>
  callRoute<T>(images.GET, "staff", { method: "GET", path: `/api/images${query}` });

let emulator: RunningEmulator;
/** A seeded inventory image with at least two products, and a temporary-library image. */
let withProducts: ImageDetails;
let plain: ImageDetails;

const upstream = (endpoint: string) => emulator.requests().filter((r) => r.endpoint === endpoint);

async function readImage(guid: string): Promise<ImageDetails> {
  const answer = await list<{ images: ImageDetails[] }>(`?guids=${guid}&library=inventory`);
  return answer.json.images[0]!;
}

beforeAll(async () => {
  emulator = await startAppEmulator();
  const { createFinerWorksClient } = await import("@/lib/server/finerworks/client");
  const { serverConfig } = await import("@/lib/server/config");
  const client = createFinerWorksClient(serverConfig().finerworks);
  const inventory = await client.listImages({ per_page: 50, list_products: true });
  withProducts = inventory.images.find((i) => (i.products?.length ?? 0) >= 2)!;
  const temporary = await client.listImages({ library: "temporary", per_page: 1 });
  plain = temporary.images[0]!;
  expect(withProducts).toBeDefined();
  expect(plain).toBeDefined();
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
  describe.skipIf(skip)(`history on ${engine}`, () => {
    let close: () => Promise<void>;
    let store: StoreConnection;

    beforeAll(async () => {
      ({ close, store } = await useTestStore(engine));
    });
    afterAll(() => close());

    it("records an edit with before/after, the FinerWorks reference and every removed product", async () => {
      const before = withProducts;
      const answer = await patch({
        images: [{ guid: before.guid, title: "Renamed by the history test", description: "New" }],
      });
      expect(answer.status).toBe(200);
      // One read (with products) just before, then the update.
      expect(emulator.requests().map((r) => r.endpoint)).toEqual(["list_images", "update_images"]);
      expect(upstream("list_images")[0]?.body).toMatchObject({
        guid_filter: [before.guid],
        list_products: true,
      });

      const entries = (await feed(`?image=${before.guid}`)).json.entries;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor: { email: "staff@example.com", name: "Sam Staff", role: "staff" },
        action: "image.update",
        image: { guid: before.guid.toLowerCase(), title: before.title },
        before: { title: before.title, description: before.description },
        after: { title: "Renamed by the history test", description: "New" },
        outcome: "ok",
        error_code: null,
        reference_id: expect.stringMatching(/^[0-9a-f]{32}$/),
        batch_id: null,
        removed_products_count: before.products!.length,
      });
      // The answer names the entry, so an Undo can restore exactly this change.
      expect(answer.json.images[0]).toMatchObject({ activity_id: entries[0]!.id });
      // The products are gone upstream, and kept here exactly as FinerWorks sent them.
      expect((await readImage(before.guid)).products ?? []).toHaveLength(0);
      const kept = (await archive(`?image=${before.guid}`)).json.products;
      expect(kept.map((p) => p.sku).sort()).toEqual(before.products!.map((p) => p.sku).sort());
      const original = before.products![0]!;
      const copy = kept.find((p) => p.sku === original.sku)!;
      for (const key of [
        "product_code",
        "name",
        "per_item_price",
        "total_price",
        "asking_price",
      ] as const)
        expect(copy[key]).toEqual(original[key]);
      expect(copy).toMatchObject({
        image: { guid: before.guid.toLowerCase(), title: before.title },
        removed_by: { email: "staff@example.com", name: "Sam Staff" },
        activity_id: entries[0]!.id,
      });
    });

    it("writes the entry as pending before update_images is sent", async () => {
      emulator.setFault({ endpoint: "update_images", kind: "latency", latency_ms: 400 });
      const saving = patch({ images: [{ guid: plain.guid, title: "Slow save" }] });
      await waitFor(() => (upstream("update_images").length > 0 ? true : undefined));
      const during = (await feed(`?image=${plain.guid}`)).json.entries;
      expect(during.map((e) => e.outcome)).toEqual(["pending"]);
      expect((await saving).status).toBe(200);
      expect((await feed(`?image=${plain.guid}`)).json.entries.map((e) => e.outcome)).toEqual([
        "ok",
      ]);
    });

    it.each([
      ["http_500", "failed", 502, "upstream_error", 0],
      ["success_false", "failed", 502, "upstream_error", 0],
      ["timeout", "unknown", 504, "upstream_timeout", 1],
    ] as const)(
      "an update_images %s is recorded as %s",
      async (kind, outcome, status, code, archived) => {
        const guid = withProducts.guid;
        emulator.setFault({ endpoint: "update_images", kind });
        const answer = await patch({ images: [{ guid, title: `Fault ${kind}` }] });
        expect(answer.status).toBe(status);
        const entry = (await feed(`?image=${guid}&limit=1`)).json.entries[0]!;
        expect(entry).toMatchObject({ outcome, error_code: code });
        if (kind !== "timeout") expect(entry.reference_id).toBe(answer.json.error.reference_id);
        // A failed edit removed nothing; one that may have gone through keeps its products.
        const kept = (await archive(`?image=${guid}`)).json.products.filter(
          (p) => p.activity_id === entry.id,
        );
        expect(kept.length > 0 ? 1 : 0).toBe(archived);
      },
    );

    it("gives the entries of one request a batch id", async () => {
      const answer = await patch({
        images: [
          { guid: withProducts.guid, title: "Batch one" },
          { guid: plain.guid, title: "Batch two" },
        ],
      });
      expect(answer.status).toBe(200);
      const [latest] = (await feed("?limit=1")).json.entries;
      expect(latest?.batch_id).toMatch(/^[0-9a-f-]{36}$/);
      const batch = (await feed(`?batch=${latest!.batch_id}`)).json.entries;
      expect(batch.map((e) => e.after?.title).sort()).toEqual(["Batch one", "Batch two"]);
      expect(new Set(batch.map((e) => e.request_id)).size).toBe(1);
    });

    it("records added images, each completed with the guid FinerWorks gave it", async () => {
      const rows = Array.from({ length: 7 }, (_, i) => ({
        title: `History add ${i}`,
        file_name: `history-${i}.jpg`,
        private_hires_uri: `https://images.example.com/history-${i}.jpg`,
      }));
      emulator.setFault({ endpoint: "add_images", kind: "http_500", skip: 1, times: 1 });
      const answer = await post({ images: rows, library: "temporary" });
      expect(answer.status).toBe(207);
      const entries = (await feed("?action=image.add&limit=7")).json.entries;
      expect(entries).toHaveLength(7);
      expect(new Set(entries.map((e) => e.batch_id)).size).toBe(1);
      const byTitle = new Map(entries.map((e) => [e.after?.title, e]));
      for (let i = 0; i < 7; i++) {
        const e = byTitle.get(`History add ${i}`)!;
        expect(e.before).toBeNull();
        if (i < 5) expect(e).toMatchObject({ outcome: "ok", image: { guid: expect.any(String) } });
        else
          expect(e).toMatchObject({
            outcome: "failed",
            error_code: "upstream_error",
            image: { guid: null },
          });
      }
      const created = new Set(answer.json.images.map((img) => img.guid.toLowerCase()));
      expect(
        entries.filter((e) => e.outcome === "ok").every((e) => created.has(e.image.guid!)),
      ).toBe(true);
    });

    describe("restore", () => {
      it("puts back the text from before a change and records image.restore", async () => {
        const original = plain;
        await patch({
          images: [{ guid: plain.guid, title: "Changed", description: "Changed too" }],
        });
        const change = (await feed(`?image=${plain.guid}&limit=1`)).json.entries[0]!;
        const answer = await patch({
          images: [
            {
              guid: plain.guid,
              restore_of: change.id,
              expected: { title: "Changed", description: "Changed too" },
            },
          ],
        });
        expect(answer.status).toBe(200);
        expect(answer.json.images[0]).toMatchObject({
          title: original.title,
          description: original.description ?? "",
        });
        const restore = (await feed(`?image=${plain.guid}&limit=1`)).json.entries[0]!;
        expect(restore).toMatchObject({
          action: "image.restore",
          restore_of: change.id,
          before: { title: "Changed", description: "Changed too" },
          after: { title: original.title },
          outcome: "ok",
        });
        expect((await feed(`?image=${plain.guid}&action=image.restore`)).json.entries).toHaveLength(
          1,
        );
      });

      it("goes through the conflict check", async () => {
        await patch({ images: [{ guid: plain.guid, title: "Mine" }] });
        const change = (await feed(`?image=${plain.guid}&limit=1`)).json.entries[0]!;
        const answer = await patch({
          images: [
            {
              guid: plain.guid,
              restore_of: change.id,
              expected: { title: "Stale", description: null },
            },
          ],
        });
        expect(answer.status).toBe(409);
        expect(upstream("update_images")).toHaveLength(1);
      });

      it.each([
        ["an entry that does not exist", "0190a000-0000-7000-8000-000000000000", {}, 404],
        ["another image's entry", "other", {}, 400],
        ["an add", "add", {}, 400],
        ["a failed change", "failed", {}, 400],
        ["a title that is not the one before", "change", { title: "Something else" }, 400],
      ] as const)("refuses %s, sending nothing", async (_name, picked: string, extra, status) => {
        await patch({ images: [{ guid: plain.guid, title: "Before restore" }] });
        await patch({ images: [{ guid: withProducts.guid, title: "Other image" }] });
        emulator.setFault({ endpoint: "update_images", kind: "http_500", times: 1 });
        await patch({ images: [{ guid: plain.guid, title: "Never saved" }] });
        await post({
          images: [{ file_name: "r.jpg", private_hires_uri: "https://images.example.com/r.jpg" }],
          library: "temporary",
        });
        const entries = (await feed("?limit=20")).json.entries;
        const ids: Record<string, string | undefined> = {
          other: entries.find((e) => e.image.guid === withProducts.guid.toLowerCase())?.id,
          add: entries.find((e) => e.action === "image.add")?.id,
          failed: entries.find((e) => e.outcome === "failed")?.id,
          change: entries.find((e) => e.after?.title === "Before restore")?.id,
        };
        emulator.clearRequests();
        const answer = await patch({
          images: [{ guid: plain.guid, restore_of: ids[picked] ?? picked, ...extra }],
        });
        expect(answer.status).toBe(status);
        expect(Object.keys(answer.json.error.fields ?? {})[0]).toMatch(/^images\.0\./);
        expect(upstream("update_images")).toHaveLength(0);
      });

      it("is refused to artists like any edit", async () => {
        const answer = await patch(
          { images: [{ guid: plain.guid, restore_of: "0190a000-0000-7000-8000-000000000000" }] },
          "artist",
        );
        expect(answer.status).toBe(403);
      });
    });

    it("shows a pending entry past its deadline as unknown", async () => {
      const { entry } = await import("@/test/harness/fixtures/store-rows");
      const { writePending } = await import("@/lib/server/history/queries");
      const lost = entry({ at: Date.now() - 10_000, deadline_at: Date.now() - 1 });
      const waiting = entry({ deadline_at: Date.now() + 60_000 });
      await writePending(store.db, [lost, waiting], []);
      const entries = (await feed("?limit=100")).json.entries;
      expect(entries.find((e) => e.id === lost.id)?.outcome).toBe("unknown");
      expect(entries.find((e) => e.id === waiting.id)?.outcome).toBe("pending");
    });
  });
}

describe("a store that cannot be written", () => {
  afterEach(async () => {
    const { setDatabaseForTests } = await import("@/lib/server/db");
    setDatabaseForTests(undefined);
    delete process.env.DATABASE_URL;
    const { resetServerConfigForTests } = await import("@/lib/server/config");
    resetServerConfigForTests();
  });

  it("refuses edits and adds with 503 and sends nothing upstream; the grid still loads", async () => {
    const { freePort } = await import("@/scripts/lib/test-services.mjs");
    const { setDatabaseForTests } = await import("@/lib/server/db");
    const { resetServerConfigForTests } = await import("@/lib/server/config");
    // A PostgreSQL address where nothing listens: every connection is refused.
    process.env.DATABASE_URL = `postgres://nobody@127.0.0.1:${await freePort()}/gone`;
    resetServerConfigForTests();
    setDatabaseForTests(undefined);

    const edit = await patch({ images: [{ guid: withProducts.guid, title: "Unrecorded" }] });
    expect(edit.status).toBe(503);
    expect(edit.json.error.code).toBe("unavailable");
    expect(edit.headers.get("retry-after")).toBe("5");
    const add = await post({
      images: [{ file_name: "x.jpg", private_hires_uri: "https://images.example.com/x.jpg" }],
    });
    expect(add.status).toBe(503);
    expect(upstream("update_images")).toHaveLength(0);
    expect(upstream("add_images")).toHaveLength(0);
    expect((await readImage(withProducts.guid)).title).toBe(withProducts.title);

    const grid = await list<{ images: unknown[] }>("?per_page=5");
    expect(grid.status).toBe(200);
    expect(grid.json.images).toHaveLength(5);
    expect((await feed()).status).toBe(503);
  });

  it.skipIf(!POSTGRES_URL)(
    "refuses an edit with 503 once PostgreSQL stops taking connections, after working",
    async () => {
      const test = await useTestStore("postgres");
      const name = new URL(test.database.url).pathname.slice(1);
      const admin = new pg.Client(POSTGRES_URL);
      await admin.connect();
      try {
        expect((await patch({ images: [{ guid: plain.guid, title: "Recorded" }] })).status).toBe(
          200,
        );
        // The database goes away under the running app: open sessions end, new ones are refused.
        await admin.query(`alter database ${name} with allow_connections false`);
        await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1",
          [name],
        );
        emulator.clearRequests();
        const edit = await patch({ images: [{ guid: plain.guid, title: "Unrecorded" }] });
        expect(edit.status).toBe(503);
        expect(edit.json.error.code).toBe("unavailable");
        expect(upstream("update_images")).toHaveLength(0);
        const grid = await list("?per_page=3");
        expect(grid.status).toBe(200);
      } finally {
        await admin.query(`alter database ${name} with allow_connections true`);
        await admin.end();
        await test.close();
      }
    },
  );
});
