// The triage counts bench's own process (see bench/triage-counts.ts): a fresh SQLite store,
// one done scan of 100,000 images written the way the scan writes them, then each count timed,
// and the grid's snapshot reads: a view's page, the "Products" sort, the search's file names.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@/lib/server/db/connection";
import { migrateToLatest } from "@/lib/server/db/migrate";
import type { NewSnapshotImage } from "@/lib/server/db/product-tables";
import { triageColumns } from "@/lib/server/snapshot/triage-columns";
import { fileNameOnlyMatches, snapshotPage } from "@/lib/server/snapshot/triage-queries";
import { viewCount } from "@/lib/server/snapshot/view-counts";
import { FILE_NAME_MATCH_LIMIT } from "@/lib/schemas/image-list";
import { imageQuery } from "@/lib/schemas/image-query";
import { SNAPSHOT_VIEWS } from "@/lib/triage/view-names";
import { percentile, round } from "./stats";

const IMAGES = 100_000;
const SAMPLES = 40;
const SCAN = "bench-scan";

function image(i: number): NewSnapshotImage {
  const file_name = i % 7 === 0 ? `IMG_${i}.jpg` : `harbour-${i}.jpg`;
  const title = i % 5 === 0 ? "" : i % 7 === 0 ? `IMG_${i}` : `Harbour ${i}`;
  const description = i % 3 === 0 ? "" : `Morning light over harbour ${i}`;
  const [pix_w, pix_h] = i % 4 === 0 ? [900, 600] : [6000, 4000];
  const products = i % 6 === 0 ? Array.from({ length: 1 + (i % 11) }, () => ({})) : [];
  const private_hires_uri = `https://cdn.example.com/${i}/${file_name}`;
  return {
    scan_id: SCAN,
    guid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    fw_id: i,
    library: "inventory",
    title,
    description,
    file_name,
    file_size: 1_000_000 + i,
    pix_w,
    pix_h,
    active: 1,
    date_added: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
    public_thumbnail_uri: null,
    public_preview_uri: null,
    products_count: products.length,
    ...triageColumns({ title, description, file_name, pix_w, pix_h, private_hires_uri, products }),
  };
}

const dir = mkdtempSync(join(tmpdir(), "triage-bench-"));
const store = openStore({ engine: "sqlite", file: join(dir, "app.db") });
try {
  await migrateToLatest(store);
  const { db } = store;
  const now = Date.now();
  await db
    .insertInto("product_scan")
    .values({
      id: SCAN,
      state: "done",
      library: "inventory",
      started_at: now,
      finished_at: now,
      lease_until: now,
      pages_done: IMAGES / 50,
      images: IMAGES,
      products: 0,
      cancel_requested: 0,
      revision: 0,
    })
    .execute();
  await db.transaction().execute(async (tx) => {
    for (let start = 0; start < IMAGES; start += 1000) {
      const rows = Array.from({ length: 1000 }, (_, k) => image(start + k));
      await tx.insertInto("snapshot_image").values(rows).execute();
    }
  });
  store.sqlite?.exec("ANALYZE");
  const out: Record<string, number> = { images: IMAGES };
  for (const view of SNAPSHOT_VIEWS) {
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      count = await viewCount(db, SCAN, view);
      times.push(performance.now() - started);
    }
    out[`${view}_count`] = count;
    out[`${view}_count_p50_ms`] = round(percentile(times, 50));
    out[`${view}_count_p95_ms`] = round(percentile(times, 95));
  }
  const time = async (name: string, work: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    out[`${name}_p50_ms`] = round(percentile(times, 50));
    out[`${name}_p95_ms`] = round(percentile(times, 95));
  };
  const query = (params: Record<string, string>) => imageQuery.schema.parse(params);
  await time("view_first_page", () =>
    snapshotPage(db, SCAN, query({ triage: "missing-description" })),
  );
  await time("products_sort_first_page", () => snapshotPage(db, SCAN, query({ sort: "products" })));
  await time("products_sort_page_2000", () =>
    snapshotPage(db, SCAN, query({ sort: "products", page: "2000", per_page: "48" })),
  );
  await time("products_sort_searched", () =>
    snapshotPage(db, SCAN, query({ sort: "products", q: "img_77" })),
  );
  // One file name, and a part of most file names (not of their titles: the limit applies).
  for (const [name, q] of [
    ["file_names_rare", "harbour-77776"],
    ["file_names_common", "harbour-"],
  ] as const) {
    let found = 0;
    await time(name, async () => {
      found = (await fileNameOnlyMatches(db, SCAN, q, query({}), FILE_NAME_MATCH_LIMIT + 1)).length;
    });
    out[`${name}_found`] = found;
  }
  console.log(JSON.stringify(out));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
