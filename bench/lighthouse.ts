// Lighthouse (desktop preset) on /images, signed in, production build, emulator mode: median of 3.
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { pathToFileURL } from "node:url";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { startAppStack } from "./lib/app-stack";
import { median, round } from "./lib/stats";

const RUNS = 3;

export async function benchLighthouse(path = "/images"): Promise<Record<string, number>> {
  const chromePath = findChromium();
  if (!chromePath)
    throw new Error("Lighthouse needs Chromium: set PLAYWRIGHT_CHROMIUM_PATH or install chromium");
  const stack = await startAppStack({ appPort: 3202 });
  const chrome = await launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS.filter((f) => f !== "--disable-gpu")],
  });
  try {
    const scores: number[] = [];
    const lcp: number[] = [];
    const cls: number[] = [];
    const tbt: number[] = [];
    // One unmeasured visit so the server has compiled and cached the route.
    await fetch(`${stack.baseUrl}${path}`, { headers: { cookie: stack.cookie } });
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(
        `${stack.baseUrl}${path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          extraHeaders: { Cookie: stack.cookie },
        },
        desktopConfig,
      );
      if (!result) throw new Error("Lighthouse returned no result");
      const { lhr } = result;
      scores.push(lhr.categories.performance?.score ?? 0);
      lcp.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN);
      cls.push(lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN);
      tbt.push(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN);
    }
    return {
      performance_score: round(median(scores)),
      lcp_ms: round(median(lcp), 0),
      cls: round(median(cls), 3),
      tbt_ms: round(median(tbt), 0),
    };
  } finally {
    chrome.kill();
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchLighthouse(), null, 2));
}
