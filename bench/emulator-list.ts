// How list_images latency grows with the library: an emulator with 1,000 and then 100,000
// inventory images, timed over HTTP (per_page 50; id and date_added DESC; page 1 and a deep
// page). Goal: the 100k p50 within 2x of the 1k p50.
// Standalone: `npx tsx bench/emulator-list.ts`.
import { pathToFileURL } from "node:url";
import type { EmulatorDb } from "../emulator/db";
import { createRng } from "../emulator/prng";
import { mediaPath, type NewImage } from "../emulator/records";
import { startEmulator, type RunningEmulator } from "../emulator/server";

const KEYS = { webApiKey: "bench-web-api-key", appKey: "bench-app-key" };
const PER_PAGE = 50;
const WARMUP = 30;
const SAMPLES = 300;
const SIZES = [1_000, 100_000] as const;

interface Scenario {
  name: string;
  sort: Record<string, string>;
  deep: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: "id_desc.page1", sort: {}, deep: false },
  { name: "id_desc.deep", sort: {}, deep: true },
  {
    name: "date_desc.page1",
    sort: { sort_field: "date_added", sort_direction: "DESC" },
    deep: false,
  },
  {
    name: "date_desc.deep",
    sort: { sort_field: "date_added", sort_direction: "DESC" },
    deep: true,
  },
];

export async function benchEmulatorList(): Promise<Record<string, number>> {
  const emulator = await startEmulator({ port: 0, seed: "none", ...KEYS });
  const results: Record<string, number> = {};
  try {
    let inserted = 0;
    for (const size of SIZES) {
      const started = performance.now();
      bulkInsert(emulator.db, inserted, size - inserted);
      results[`${label(size)}.insert_ms`] = round(performance.now() - started);
      inserted = size;
      await new Promise((resolve) => setTimeout(resolve, 200)); // let timers due during the insert run
      for (const scenario of SCENARIOS) {
        // Deep = 90% of the way through the library (page 18 of 20 at 1k, 1800 of 2000 at 100k).
        const page = scenario.deep ? Math.floor((size / PER_PAGE) * 0.9) : 1;
        const body = {
          library: {
            name: "inventory",
            session_id: "bench-session-0001",
            account_key: "",
            site_id: 2,
          },
          per_page: PER_PAGE,
          page_number: page,
          ...scenario.sort,
        };
        const { cold, samples } = await time(emulator, body, size);
        const key = `${label(size)}.${scenario.name}`;
        results[`${key}.cold_ms`] = round(cold);
        results[`${key}.p50_ms`] = round(percentile(samples, 0.5));
        results[`${key}.p99_ms`] = round(percentile(samples, 0.99));
      }
    }
    for (const scenario of SCENARIOS) {
      const small = results[`1k.${scenario.name}.p50_ms`] ?? NaN;
      const large = results[`100k.${scenario.name}.p50_ms`] ?? NaN;
      results[`ratio_100k_over_1k.${scenario.name}.p50`] = round(large / small);
    }
  } finally {
    await emulator.close();
  }
  return results;
}

async function time(
  emulator: RunningEmulator,
  body: object,
  expectedCount: number,
): Promise<{ cold: number; samples: number[] }> {
  const once = async (): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${emulator.url}/list_images`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        web_api_key: KEYS.webApiKey,
        app_key: KEYS.appKey,
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { count?: number; images?: unknown[] };
    const elapsed = performance.now() - started;
    if (json.count !== expectedCount || json.images?.length !== PER_PAGE) {
      throw new Error(`unexpected answer: count ${json.count}, ${json.images?.length} images`);
    }
    return elapsed;
  };
  const cold = await once();
  for (let i = 0; i < WARMUP; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await once());
  return { cold, samples };
}

/** Synthetic inventory rows straight into SQLite, in one transaction. */
function bulkInsert(db: EmulatorDb, from: number, count: number): void {
  const rng = createRng(from + 1);
  const now = Date.now();
  const images: NewImage[] = Array.from({ length: count }, (_, k) => {
    const n = from + k;
    const guid = rng.guid();
    const [w, h] = rng.pick([
      [6000, 4000],
      [3000, 4500],
      [5000, 5000],
    ] as const);
    return {
      guid,
      library: "inventory",
      title: `Synthetic artwork ${n} ${rng.pick(["Harbor", "Meadow", "Composition", "Portrait", "Peonies"])}`,
      description: `Bench image number ${n}.`,
      file_name: `synthetic-${n}.jpg`,
      file_size: rng.int(2_000_000, 120_000_000),
      thumbnail_file_name: null,
      preview_file_name: null,
      hires_file_name: null,
      public_thumbnail_uri: mediaPath("thumb", guid),
      public_preview_uri: mediaPath("preview", guid),
      private_hires_uri: mediaPath("hires", guid),
      personal_gallery_title: null,
      members_gallery_category: null,
      pix_w: w,
      pix_h: h,
      added_at: now - rng.int(0, 730 * 86_400_000),
      expires_at: null,
      active: !rng.chance(0.1),
    };
  });
  db.insertImages(images);
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const label = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size));
const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchEmulatorList();
  console.info("emulator list_images over HTTP (ms)");
  console.info(
    "scenario               1k p50   1k p99  100k p50 100k p99  ratio p50  (cold 1k / 100k)",
  );
  for (const { name } of SCENARIOS) {
    const r = (k: string) => (results[k] ?? NaN).toFixed(2).padStart(8);
    console.info(
      `${name.padEnd(20)} ${r(`1k.${name}.p50_ms`)} ${r(`1k.${name}.p99_ms`)} ${r(`100k.${name}.p50_ms`)} ${r(`100k.${name}.p99_ms`)} ${r(`ratio_100k_over_1k.${name}.p50`)}   (${r(`1k.${name}.cold_ms`)} / ${r(`100k.${name}.cold_ms`)})`,
    );
  }
  console.info(
    `bulk insert: 1k ${results["1k.insert_ms"]} ms, +99k ${results["100k.insert_ms"]} ms`,
  );
}
