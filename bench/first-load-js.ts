// First-load JS of a page (/images by default): every script the signed-in page loads, gzipped,
// in KB. Links in view make the router prefetch their routes' code once the page is idle; that is
// other pages' code, so it is counted apart (`with_prefetched_routes_gzip_kb`), not in the budget.
import { chromium, type BrowserContext } from "@playwright/test";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { startAppStack } from "./lib/app-stack";
import { judge, round, type BenchResults } from "./lib/stats";

/** Budgets in KB gzipped, by page. */
const BUDGET_KB: Record<string, number> = { "/images": 200, "/admin/products": 230 };

/** The scripts one load of `url` fetches until the network is idle, in a fresh page. */
async function scriptsLoaded(
  context: BrowserContext,
  url: string,
  routePrefetches: boolean,
): Promise<{ count: number; gzipBytes: number }> {
  const page = await context.newPage();
  if (!routePrefetches)
    await page.route("**/*", (route) =>
      route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
    );
  const scripts: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.body());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const bodies = await Promise.all(scripts);
  await page.close();
  return {
    count: bodies.length,
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

export async function benchFirstLoadJs(path = "/images"): Promise<BenchResults> {
  const stack = await startAppStack({ appPort: Number(process.env.BENCH_APP_PORT ?? 3203) });
  const browser = await chromium.launch({
    executablePath: findChromium() || undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ extraHTTPHeaders: { cookie: stack.cookie } });
    const own = await scriptsLoaded(context, `${stack.baseUrl}${path}`, false);
    const all = await scriptsLoaded(context, `${stack.baseUrl}${path}`, true);
    const results: BenchResults = {
      scripts: own.count,
      first_load_js_gzip_kb: round(own.gzipBytes / 1024, 1),
      with_prefetched_routes_gzip_kb: round(all.gzipBytes / 1024, 1),
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
