// /admin/products with a big snapshot, in Chromium: navigation to the first painted rows (warm
// snapshot), sort and filter changes to the frame that paints the new rows, and long tasks
// while the table scrolls (PerformanceObserver "longtask", which Chromium reports from its trace).
import { chromium, type Page } from "@playwright/test";
import { pathToFileURL } from "node:url";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { scanLibrary, stopRun } from "./products";
import { judge, median, percentile, round, type BenchResults } from "./lib/stats";

const NAVIGATIONS = 5;
const SCROLL_MS = 6_000;

declare global {
  interface Window {
    __firstRowAt?: number;
    __longTasks?: number[];
    __changeStarted?: number;
  }
}

/** Installed before any page script: when the first row is in a frame, and every long task. */
function observePage(): void {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks!.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  const observer = new MutationObserver(() => {
    if (window.__firstRowAt !== undefined || !document.querySelector("tbody tr[data-index]"))
      return;
    window.__firstRowAt = -1;
    requestAnimationFrame(() => (window.__firstRowAt = performance.now()));
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstRowsMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => (window.__firstRowAt ?? -1) > 0, null, { timeout: 30_000 });
  return page.evaluate(() => window.__firstRowAt!);
}

/**
 * Runs `act` and resolves with the ms from the user's input to the frame in which the table's
 * first row or the row count changed.
 */
async function changeToPaintMs(page: Page, act: () => Promise<void>): Promise<number> {
  const settled = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // The first row and the match count ("N products"): more rows loading below the
        // fold ("(M loaded)") is not the change.
        const watched = () =>
          `${document.querySelector("tbody tr[data-index='0']")?.textContent}|${document
            .querySelector("section[aria-label='Product table'] [role='status']")
            ?.textContent?.replace(/\(.*\)/, "")}`;
        const before = watched();
        const started = () => window.__changeStarted ?? performance.now();
        const observer = new MutationObserver(() => {
          if (watched() === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started()));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  await page.evaluate(() => {
    window.__changeStarted = undefined;
    // The first input event of the change starts the clock.
    const mark = () => (window.__changeStarted ??= performance.now());
    document.addEventListener("click", mark, { capture: true, once: true });
    document.addEventListener("change", mark, { capture: true, once: true });
  });
  await act();
  return settled;
}

async function scrollLongTasks(page: Page): Promise<number[]> {
  await page.evaluate(() => (window.__longTasks = []));
  await page.evaluate(
    (duration) =>
      new Promise<void>((resolve) => {
        const box = document.querySelector(
          "section[aria-label='Product table'] table",
        )!.parentElement!;
        const end = performance.now() + duration;
        const step = () => {
          box.scrollTop += 240;
          if (performance.now() < end) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      }),
    SCROLL_MS,
  );
  return page.evaluate(() => window.__longTasks ?? []);
}

export async function benchProductsTable(): Promise<BenchResults> {
  // About a fifth of the big seed's images carry 1-4 products: 40,000 images give ~20,000.
  const run = await scanLibrary(40_000, 0, {
    appPort: Number(process.env.BENCH_APP_PORT ?? 3203),
  });
  const { stack } = run;
  const browser = await chromium.launch({
    executablePath: findChromium() || undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      extraHTTPHeaders: { cookie: stack.cookie },
      viewport: { width: 1440, height: 900 },
    });
    // tsx keeps function names with an `__name` helper the page does not have.
    await context.addInitScript({ content: "window.__name = (f) => f;" });
    await context.addInitScript(observePage);
    const page = await context.newPage();
    const url = `${stack.baseUrl}/admin/products`;
    await firstRowsMs(page, url); // warms the server's code paths and the snapshot's pages
    const firstRows: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) firstRows.push(await firstRowsMs(page, url));

    const sortChanges: number[] = [];
    for (const column of ["Margin", "Asking price", "Cost", "SKU", "DPI", "Type"]) {
      const button = page.getByRole("columnheader", { name: column }).getByRole("button");
      sortChanges.push(await changeToPaintMs(page, () => button.click()));
      sortChanges.push(await changeToPaintMs(page, () => button.click()));
    }
    const filterChanges: number[] = [];
    const flag = page.getByRole("combobox", { name: "Flag" });
    for (const label of ["Loss", "Thin margin", "Low resolution", "Duplicate SKU", "Any flag"])
      filterChanges.push(
        await changeToPaintMs(page, async () => {
          await flag.selectOption({ label });
        }),
      );

    await page.goto(url);
    await page.waitForFunction(() => (window.__firstRowAt ?? -1) > 0);
    const longTasks = await scrollLongTasks(page);
    const loaded = await page
      .locator("section[aria-label='Product table'] [role='status']")
      .textContent();
    const results: BenchResults = {
      products: run.products,
      first_rows_paint_ms_p50: round(median(firstRows)),
      first_rows_paint_ms_max: round(Math.max(...firstRows)),
      sort_change_paint_ms_p50: round(median(sortChanges)),
      sort_change_paint_ms_p95: round(percentile(sortChanges, 95)),
      filter_change_paint_ms_p50: round(median(filterChanges)),
      filter_change_paint_ms_p95: round(percentile(filterChanges, 95)),
      scroll_long_tasks: longTasks.length,
      scroll_longest_task_ms: round(Math.max(0, ...longTasks)),
      rows_loaded_after_scroll: Number(
        /\(([\d,]+) loaded\)/.exec(loaded ?? "")?.[1]?.replace(/,/g, "") ?? 0,
      ),
    };
    judge(results, "first_rows_paint_ms_max", 1000, "at most");
    judge(results, "sort_change_paint_ms_p50", 100, "at most");
    judge(results, "filter_change_paint_ms_p50", 100, "at most");
    judge(results, "scroll_longest_task_ms", 50, "at most");
    return results;
  } finally {
    await browser.close();
    await stopRun(run);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchProductsTable(), null, 2));
}
