// The triage counts bench's own process (see bench/triage-counts.ts): a fresh SQLite store,
// one done scan of 100,000 images written the way the scan writes them, then each count timed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@/lib/server/db/connection";
import { migrateToLatest } from "@/lib/server/db/migrate";
import type { NewSnapshotImage } from "@/lib/server/db/product-tables";
import { triageColumns } from "@/lib/server/triage/snapshot";
import { viewCount, viewPage } from "@/lib/server/triage/views";
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
  const products = i % 6 === 0 ? [{}] : [];
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
  const pageTimes: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await viewPage(db, SCAN, "missing-description", {
      sort: "date_added",
      dir: "desc",
      page: 1,
      per_page: 24,
    });
    pageTimes.push(performance.now() - started);
  }
  out.view_first_page_p50_ms = round(percentile(pageTimes, 50));
  console.log(JSON.stringify(out));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
