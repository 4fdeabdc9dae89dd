// `npm run bench`: every benchmark in turn, each printing its numbers (no pass/fail timing).
import { benchActivityFeed } from "./activity-feed";
import { benchAddImages } from "./add-images";
import { benchBulkEditUi } from "./bulk-edit-ui";
import { benchBulkTitles } from "./bulk-titles";
import { benchEmulatorList } from "./emulator-list";
import { benchFirstLoadJs } from "./first-load-js";
import { benchHistoryRecording } from "./history-recording";
import { benchInlineEdit } from "./inline-edit";
import { benchLighthouse } from "./lighthouse";
import { benchProbe } from "./probe";
import { benchProducts } from "./products";
import { benchProductsTable } from "./products-table";
import { benchProxyOverhead } from "./proxy-overhead";
import { benchSignInFlood } from "./signin-flood";
import { benchTriageCounts } from "./triage-counts";

const benches: [string, () => Promise<Record<string, number | string>>][] = [
  ["emulator list_images at 1k and 100k images", benchEmulatorList],
  ["first-load JS of /images (budget 200 KB gzip)", () => benchFirstLoadJs()],
  ["proxy overhead GET /api/images?per_page=50 (budget p50 ratio 1.25)", benchProxyOverhead],
  ["add 50 images with 300 ms upstream latency", benchAddImages],
  [
    "bulk titles: one PATCH of 200 vs 200 single PATCHes, 300 ms update_images (budget 0.1x)",
    benchBulkTitles,
  ],
  ["probe a 20 MB image", benchProbe],
  ["inline edit Enter-to-paint with 1 s upstream latency (goal < 50 ms)", benchInlineEdit],
  [
    "sign-in flood: GET /api/images p50 during 200 wrong sign-ins (budget ratio 2)",
    benchSignInFlood,
  ],
  [
    "bulk edit in Chromium: Find preview at 1,000 rows (goal 100 ms), spreadsheet move at 500 rows (goal p95 16 ms)",
    benchBulkEditUi,
  ],
  ["history recording cost on PATCH p50, SQLite (budget +3 ms)", benchHistoryRecording],
  [
    "GET /api/activity first page at 100k entries, SQLite and PostgreSQL (budget p50 30 ms)",
    benchActivityFeed,
  ],
  [
    "triage view counts, Products sort and search file names at 100k snapshot images, SQLite (budget 150 ms each)",
    async () => Promise.resolve(benchTriageCounts()),
  ],
  [
    "product review: scans at 10k (100 ms latency, budget 8 s), 40k and 100k images (budget 90 s, RSS +300 MB); GET /api/products at 20k products (budget 100 ms)",
    benchProducts,
  ],
  [
    "/admin/products with ~20,000 products: first rows (budget 1 s), sort/filter paint (100 ms), scroll long tasks (50 ms)",
    benchProductsTable,
  ],
  [
    "first-load JS of /admin/products (budget 230 KB gzip)",
    () => benchFirstLoadJs("/admin/products"),
  ],
  ["Lighthouse desktop /images (budget perf 0.95, LCP 1200 ms, CLS 0.02)", () => benchLighthouse()],
];

const only = process.argv[2];
for (const [name, run] of benches) {
  if (only && !name.includes(only)) continue;
  console.log(`\n## ${name}`);
  try {
    console.log(JSON.stringify(await run(), null, 2));
  } catch (error) {
    console.error(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
