// The admin product review at library scale, through `next start` and an emulator with the big
// seed (fresh SQLite store each time):
// - a scan of 10,000 images with 100 ms injected list_images latency (budget under 8 s: 0.4x of
//   the 200 pages x 100 ms a serial scan waits);
// - a scan of 40,000 images (~20,000 products), then GET /api/products first pages: the server's
//   own p50 (child process, no HTTP; budget under 100 ms) and the HTTP p50;
// - a scan of 100,000 images, no latency (budget under 90 s, app RSS growth under 300 MB).
// Standalone: `npx tsx bench/products.ts`.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { startEmulator } from "@/emulator/server";
import type { ProductScan, ProductsPage } from "@/lib/schemas/products";
import { startAppStack, type AppStack } from "./lib/app-stack";
import { groupRssMb } from "./lib/process-rss";
import { judge, percentile, round, type BenchResults } from "./lib/stats";

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3221);
// Fixed when asked (helpers sharing a machine each get their own), else any free port.
const EMULATOR_PORT = Number(process.env.BENCH_EMULATOR_PORT ?? 0);
const QUERIES: Record<string, Record<string, string>> = {
  default: {},
  sort_margin_asc: { sort: "margin", dir: "asc" },
  flag_loss: { flag: "loss" },
  search: { q: "sunset" },
  per_page_500: { per_page: "500" },
};

export interface ScanRun {
  stack: AppStack;
  storeFile: string;
  scan: ProductScan;
  wallMs: number;
  rssGrowthMb: number;
  products: number;
}

async function api<T>(stack: AppStack, path: string, method = "GET"): Promise<T> {
  const send = () =>
    fetch(`${stack.baseUrl}${path}`, { method, headers: { cookie: stack.cookie } });
  // A kept-alive socket the server closed while a long step ran fails once (EPIPE): ask again.
  const response = await send().catch(() => send());
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** An emulator with `images` inventory images and the app beside it; then one scan, timed. */
export async function scanLibrary(
  images: number,
  latencyMs: number,
  { sampleRss = false, appPort = APP_PORT }: { sampleRss?: boolean; appPort?: number } = {},
): Promise<ScanRun> {
  const emulator = await startEmulator({ port: EMULATOR_PORT, seed: { images } });
  const storeFile = `data/bench/products-${images}.db`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(storeFile + suffix, { force: true });
  const stack = await startAppStack({
    appPort,
    emulator,
    env: {
      DATABASE_URL: `file:${storeFile}`,
      // No scan on a visit: the bench starts the one it times.
      PRODUCTS_SNAPSHOT_MAX_AGE_MINUTES: "10080",
    },
  });
  try {
    await api(stack, "/api/products/scan").catch(() => undefined); // warms the route and the store
    if (latencyMs > 0)
      emulator.setFault({ endpoint: "list_images", kind: "latency", latency_ms: latencyMs });
    const baseline = groupRssMb(stack.pid);
    let peak = baseline;
    const started = performance.now();
    let scan = await api<ProductScan>(stack, "/api/products/scan", "POST");
    // The emulator answers from this process: reading /proc for the RSS blocks it, so that is
    // done only when asked for, once a second.
    let sampled = 0;
    while (scan.state === "running") {
      await new Promise((r) => setTimeout(r, 200));
      if (sampleRss && performance.now() - sampled > 1_000) {
        sampled = performance.now();
        peak = Math.max(peak, groupRssMb(stack.pid));
      }
      scan = await api<ProductScan>(stack, "/api/products/scan");
    }
    const wallMs = performance.now() - started;
    emulator.clearFaults();
    if (scan.state !== "done") throw new Error(`scan ended ${scan.state}: ${scan.error?.message}`);
    const page = await api<ProductsPage>(stack, "/api/products?per_page=1");
    return {
      stack,
      storeFile,
      scan,
      wallMs,
      rssGrowthMb: peak - baseline,
      products: page.summary.products,
    };
  } catch (error) {
    await stack.stop();
    await emulator.close();
    throw error;
  }
}

export async function stopRun(run: ScanRun): Promise<void> {
  await run.stack.stop();
  await run.stack.emulator.close();
}

/** The server's own p50 per query, from a child process on the same store. */
function serverTimes(storeFile: string): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "bench/lib/products-query.ts",
      JSON.stringify(QUERIES),
    ],
    {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${storeFile}`, LOG_LEVEL: "silent" },
    },
  );
  if (run.status !== 0) throw new Error(`server timing failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
}

async function httpTimes(stack: AppStack): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const path = `/api/products?${new URLSearchParams(query).toString()}`;
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      await api(stack, path);
      if (i >= 10) times.push(performance.now() - started);
    }
    result[name] = round(percentile(times, 50));
  }
  return result;
}

export type ProductsBenchPart = "10k" | "40k" | "100k";

/** Every part by default; `npx tsx bench/products.ts 10k 100k` runs only those. */
export async function benchProducts(
  parts: readonly ProductsBenchPart[] = ["10k", "40k", "100k"],
): Promise<BenchResults> {
  const results: BenchResults = {};

  const step = (name: string) => console.error(`[products bench] ${name}`, JSON.stringify(results));
  if (parts.includes("10k")) {
    const small = await scanLibrary(10_000, 100);
    try {
      results["scan_10k_latency100.seconds"] = round(small.wallMs / 1000);
      judge(results, "scan_10k_latency100.seconds", 8);
      results["scan_10k_latency100.ratio_to_serial_20s"] = round(small.wallMs / 20_000);
      results["scan_10k_latency100.pages"] = small.scan.pages_done;
      results["scan_10k_latency100.products"] = small.products;
    } finally {
      await stopRun(small);
    }
    step("10k done");
  }

  if (parts.includes("40k")) {
    const mid = await scanLibrary(40_000, 0);
    try {
      results["scan_40k.seconds"] = round(mid.wallMs / 1000);
      results["products_20k.products"] = mid.products;
      for (const [name, ms] of Object.entries(serverTimes(mid.storeFile))) {
        results[`products_20k.server_p50_ms.${name}`] = ms;
        if (name === "default") judge(results, `products_20k.server_p50_ms.${name}`, 100);
      }
      for (const [name, ms] of Object.entries(await httpTimes(mid.stack)))
        results[`products_20k.http_p50_ms.${name}`] = ms;
    } finally {
      await stopRun(mid);
    }
    step("40k done");
  }

  if (parts.includes("100k")) {
    const big = await scanLibrary(100_000, 0, { sampleRss: true });
    try {
      results["scan_100k.seconds"] = round(big.wallMs / 1000);
      judge(results, "scan_100k.seconds", 90);
      results["scan_100k.images"] = big.scan.images;
      results["scan_100k.products"] = big.products;
      results["scan_100k.app_rss_growth_mb"] = round(big.rssGrowthMb);
      judge(results, "scan_100k.app_rss_growth_mb", 300);
    } finally {
      await stopRun(big);
    }
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const parts = process.argv.slice(2) as ProductsBenchPart[];
  console.log(JSON.stringify(await benchProducts(parts.length > 0 ? parts : undefined), null, 2));
}
