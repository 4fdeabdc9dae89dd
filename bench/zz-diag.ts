import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { scanLibrary, stopRun } from "./products";
const run = await scanLibrary(40_000, 0, { appPort: 3203 });
const { stack } = run;
const time = async (path: string) => { const t = performance.now(); const r = await fetch(stack.baseUrl + path, { headers: { cookie: stack.cookie } }); await r.text(); return Math.round(performance.now() - t); };
for (const q of ["flag=loss", "flag=thin_margin", "flag=loss", "sort=margin&dir=asc", "sort=sku&dir=desc", "sort=sku&dir=desc", "flag=duplicate_sku&sort=sku&dir=desc"]) console.log(q, await time(`/api/products?${q}&per_page=100`), await time(`/api/products?${q}&per_page=100`));
const browser = await chromium.launch({ executablePath: findChromium() || undefined, args: CHROMIUM_ARGS });
const context = await browser.newContext({ extraHTTPHeaders: { cookie: stack.cookie }, viewport: { width: 1440, height: 900 } });
await context.addInitScript({ content: "window.__name = (f) => f;" });
const page = await context.newPage();
const t0 = { v: 0 };
page.on("request", (r) => console.log("  req", Math.round(performance.now() - t0.v), r.method(), r.url().replace(stack.baseUrl, "")));
page.on("requestfinished", (r) => console.log("  done", Math.round(performance.now() - t0.v), r.url().replace(stack.baseUrl, ""), JSON.stringify(r.timing())));
await page.goto(`${stack.baseUrl}/admin/products`);
await page.waitForSelector("tbody tr[data-index]");
await page.waitForTimeout(1000);
const cdp = await context.newCDPSession(page);
for (const label of ["Loss", "Thin margin", "Low resolution", "Duplicate SKU", "Any flag"]) {
  console.log("--", label);
  if (process.env.PROF && label === "Thin margin") { await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 200 }); await cdp.send("Profiler.start"); }
  t0.v = performance.now();
  const done = page.evaluate(() => new Promise<string>((resolve) => {
    const before = document.querySelector("tbody tr[data-index='0']")?.textContent;
    const start = performance.now();
    const marks: string[] = [];
    const o = new MutationObserver(() => {
      marks.push(`mut ${Math.round(performance.now() - start)}`);
      if (document.querySelector("tbody tr[data-index='0']")?.textContent !== before) { o.disconnect(); requestAnimationFrame(() => resolve(marks.slice(0, 3).join(",") + ` paint ${Math.round(performance.now() - start)}`)); }
    });
    o.observe(document.body, { childList: true, subtree: true, characterData: true });
  }));
  await page.getByRole("combobox", { name: "Flag" }).selectOption({ label });
  console.log("  ", await done);
  if (process.env.PROF && label === "Thin margin") { const { profile } = await cdp.send("Profiler.stop"); (await import("node:fs")).writeFileSync("/tmp/filter.cpuprofile", JSON.stringify(profile)); }
  await page.waitForTimeout(500);
}
await browser.close(); await stopRun(run);
