// Bulk editing in Chromium: (1) typing in "Find" with 1,000 images selected, from the last
// key press to the frame that paints the preview of the final text (goal: 100 ms); (2) an
// arrow-key move in spreadsheet mode over 500 rows, from the key press to the frame that
// paints the new cell (goal: p95 under 16 ms).
import { chromium, type Page } from "@playwright/test";
import { pathToFileURL } from "node:url";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { startAppStack } from "./lib/app-stack";
import { median, percentile, round } from "./lib/stats";

const PREVIEW_ROWS = 1_000;
const SHEET_ROWS = 500;
const WORDS = ["study", "light", "harbour", "morning", "giclee", "sunset", "print", "blue"];
const MOVES = 120;

/** Makes `count` images in the temporary library (no products: no dialog in the way). */
async function addImages(emulatorPort: number, label: string, count: number): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${emulatorPort}/__emulator/images`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      library: "temporary",
      images: Array.from({ length: count }, (_, i) => ({
        title: `${label} ${i} study of light in the harbour`,
        description: "Giclee print on cotton rag. A morning study.",
        date_added: "2015-06-01T12:00:00Z",
      })),
    }),
  });
  if (!response.ok) throw new Error(`emulator answered ${response.status}`);
  const body = (await response.json()) as { images: { guid: string }[] };
  return body.images.map((image) => image.guid);
}

/** Opens the library with these images already selected (the selection lives in sessionStorage). */
async function openWithSelection(page: Page, url: string, guids: readonly string[]) {
  await page.addInitScript((selected) => {
    sessionStorage.setItem("finerworks:bulk-selection", JSON.stringify(selected));
  }, guids);
  await page.goto(url, { waitUntil: "networkidle" });
}

async function timeFindTyping(page: Page): Promise<number[]> {
  await page.getByRole("button", { name: "Bulk edit" }).click();
  const find = page.getByRole("textbox", { name: "Find" });
  await page
    .getByText(`${PREVIEW_ROWS.toLocaleString("en-US")} unchanged`)
    .waitFor({ timeout: 60_000 });
  const samples: number[] = [];
  for (const word of [...WORDS, ...WORDS]) {
    await find.fill("");
    await page.locator('[data-preview-find=""]').waitFor();
    const measured = page.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          let last = 0;
          let done = false;
          // No named functions in here: the bundler would wrap them in a helper the page lacks.
          document.addEventListener(
            "keydown",
            (e) => {
              if (!done) last = e.timeStamp;
            },
            { capture: true },
          );
          const target = document.querySelector("[data-preview-find]")!;
          const observer = new MutationObserver(() => {
            if (target.getAttribute("data-preview-find") !== text) return;
            observer.disconnect();
            done = true;
            requestAnimationFrame(() => resolve(performance.now() - last));
          });
          observer.observe(target, { attributes: true });
        }),
      word,
    );
    // About 12 characters a second, a quick typist.
    await find.pressSequentially(word, { delay: 80 });
    samples.push(await measured);
  }
  return samples;
}

async function timeSheetMoves(page: Page): Promise<number[]> {
  await page.getByRole("button", { name: "Edit as spreadsheet" }).click();
  // Virtualised: every row is counted, the first ones are in the page.
  const grid = page.locator(`[role="grid"][aria-rowcount="${SHEET_ROWS + 1}"]`);
  await grid.locator('[data-cell="0:0"]').waitFor({ timeout: 60_000 });
  await grid.locator('[data-cell="0:0"]').click();
  const samples: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    // Down most of the way, with sideways moves between.
    const key = i % 10 === 9 ? (i % 20 === 9 ? "ArrowRight" : "ArrowLeft") : "ArrowDown";
    // The probe is in place before the key is pressed; it settles in the frame after the
    // new cell took the focus (or NaN if it never does).
    await page.evaluate(() => {
      (window as unknown as { probe?: Promise<number> }).probe = new Promise<number>((resolve) => {
        setTimeout(() => resolve(Number.NaN), 2_000);
        document.addEventListener(
          "keydown",
          (e) => {
            const pressed = e.timeStamp;
            document.addEventListener(
              "focusin",
              () => requestAnimationFrame(() => resolve(performance.now() - pressed)),
              { once: true },
            );
          },
          { capture: true, once: true },
        );
      });
    });
    await page.keyboard.press(key);
    const measured = page.evaluate(() => (window as unknown as { probe: Promise<number> }).probe);
    samples.push(await measured);
  }
  return samples.filter((n) => !Number.isNaN(n));
}

export async function benchBulkEditUi(): Promise<Record<string, number>> {
  const stack = await startAppStack({ appPort: Number(process.env.BENCH_APP_PORT ?? 3206) });
  const browser = await chromium.launch({
    executablePath: findChromium() || undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    const label = `Bench bulk ${Date.now().toString(36)}`;
    const guids = await addImages(stack.emulator.port, label, PREVIEW_ROWS);
    const context = await browser.newContext({
      extraHTTPHeaders: { cookie: stack.cookie },
      viewport: { width: 1440, height: 900 },
    });
    const search = `q=${encodeURIComponent(label)}&library=temporary&sort=title&dir=asc`;

    const previewPage = await context.newPage();
    await openWithSelection(previewPage, `${stack.baseUrl}/images?${search}`, guids);
    const typing = await timeFindTyping(previewPage);
    await previewPage.close();

    const sheetPage = await context.newPage();
    await openWithSelection(
      sheetPage,
      `${stack.baseUrl}/images?${search}&view=list`,
      guids.slice(0, SHEET_ROWS),
    );
    const moves = await timeSheetMoves(sheetPage);

    return {
      preview_rows: PREVIEW_ROWS,
      find_words_typed: typing.length,
      last_key_to_preview_paint_p50_ms: round(median(typing)),
      last_key_to_preview_paint_p95_ms: round(percentile(typing, 95)),
      last_key_to_preview_paint_max_ms: round(Math.max(...typing)),
      sheet_rows: SHEET_ROWS,
      sheet_moves: moves.length,
      arrow_to_paint_p50_ms: round(median(moves)),
      arrow_to_paint_p95_ms: round(percentile(moves, 95)),
      arrow_to_paint_max_ms: round(Math.max(...moves)),
      // Rows in the page when the moves ended (virtualised: a screenful, not SHEET_ROWS).
      sheet_rows_in_page: await sheetPage.locator('[role="grid"] tbody tr').count(),
    };
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchBulkEditUi(), null, 2));
}
