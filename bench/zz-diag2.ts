import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { scanLibrary, stopRun } from "./products";
const run = await scanLibrary(40_000, 0, { appPort: 3203 });
const { stack } = run;
const browser = await chromium.launch({ executablePath: findChromium() || undefined, args: CHROMIUM_ARGS });
const context = await browser.newContext({ extraHTTPHeaders: { cookie: stack.cookie }, viewport: { width: 1440, height: 900 } });
await context.addInitScript({ content: "window.__name = (f) => f;" });
const page = await context.newPage();
await page.goto(`${stack.baseUrl}/admin/products`);
await page.waitForSelector("tbody tr[data-index]");
async function measure(page: Page, act: () => Promise<void>) {
  const done = page.evaluate(() => new Promise<string>((resolve) => {
    const w = () => `${document.querySelector("tbody tr[data-index='0']")?.textContent}|${document.querySelector("section[aria-label='Product table'] [role='status']")?.textContent?.replace(/\(.*\)/, "")}`;
    const before = w();
    let t0 = 0;
    const mark = () => { if (!t0) t0 = performance.now(); };
    document.addEventListener("click", mark, { capture: true, once: true });
    document.addEventListener("change", mark, { capture: true, once: true });
    const o = new MutationObserver(() => {
      if (w() === before) return;
      o.disconnect();
      const mut = performance.now() - t0;
      requestAnimationFrame(() => {
        const paint = performance.now() - t0;
        const api = performance.getEntriesByType("resource").filter((e) => e.name.includes("/api/products") && e.startTime >= t0 - 5) as PerformanceResourceTiming[];
        const busy = performance.getEntriesByType("resource").filter((e) => e.name.includes("/emulator-media") && e.startTime < t0 && (e as PerformanceResourceTiming).responseEnd > t0).length;
        const a = api[0];
        resolve(`paint ${paint.toFixed(0)} mut ${mut.toFixed(0)} ` + (a ? `api start ${(a.startTime - t0).toFixed(0)} reqStart ${(a.requestStart - t0).toFixed(0)} respStart ${(a.responseStart - t0).toFixed(0)} end ${(a.responseEnd - t0).toFixed(0)}` : "no api") + ` thumbsInFlight ${busy} ${new URL(a?.name ?? "http://x/").search}`);
      });
    });
    o.observe(document.body, { childList: true, subtree: true, characterData: true });
  }));
  await act();
  console.log(await done);
}
for (const column of ["Margin", "Asking price", "Cost", "SKU", "DPI", "Type"]) {
  const button = page.getByRole("columnheader", { name: column }).getByRole("button");
  await measure(page, () => button.click());
  await measure(page, () => button.click());
}
const flag = page.getByRole("combobox", { name: "Flag" });
for (const label of ["Loss", "Thin margin", "Low resolution", "Duplicate SKU", "Any flag"]) await measure(page, async () => { await flag.selectOption({ label }); });
await browser.close(); await stopRun(run);
