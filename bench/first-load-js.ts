// First-load JS of /images: every script the signed-in page loads, gzipped, in KB.
import { chromium } from "@playwright/test";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { startAppStack } from "./lib/app-stack";
import { judge, round, type BenchResults } from "./lib/stats";

/** Budgets in KB gzipped, by page. */
const BUDGET_KB: Record<string, number> = { "/images": 200, "/admin/products": 230 };

export async function benchFirstLoadJs(path = "/images"): Promise<BenchResults> {
  const stack = await startAppStack({ appPort: Number(process.env.BENCH_APP_PORT ?? 3203) });
  const browser = await chromium.launch({
    executablePath: findChromium() || undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ extraHTTPHeaders: { cookie: stack.cookie } });
    const page = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body());
    });
    await page.goto(`${stack.baseUrl}${path}`, { waitUntil: "networkidle" });
    const bodies = await Promise.all(scripts);
    const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    const results: BenchResults = {
      scripts: bodies.length,
      first_load_js_gzip_kb: round(gzipped / 1024, 1),
    };
    const budget = BUDGET_KB[path];
    if (budget !== undefined) judge(results, "first_load_js_gzip_kb", budget, "at most");
    return results;
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchFirstLoadJs(process.argv[2]), null, 2));
}
