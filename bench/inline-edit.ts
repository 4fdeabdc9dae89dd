// Enter-to-paint of an inline title edit in Chromium, with 1 s of injected update_images
// latency: how long after the key press the new title is in the frame being painted.
import { chromium } from "@playwright/test";
import { pathToFileURL } from "node:url";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";
import { startAppStack } from "./lib/app-stack";
import { median, percentile, round } from "./lib/stats";

const EDITS = 15;
const UPSTREAM_LATENCY_MS = 1_000;

interface Timing {
  domMs: number;
  frameMs: number;
}

export async function benchInlineEdit(): Promise<Record<string, number>> {
  const stack = await startAppStack({ appPort: 3204 });
  const browser = await chromium.launch({
    executablePath: findChromium() || undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    stack.emulator.setFault({
      endpoint: "update_images",
      kind: "latency",
      latency_ms: UPSTREAM_LATENCY_MS,
    });
    const context = await browser.newContext({
      extraHTTPHeaders: { cookie: stack.cookie },
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    // Temporary-library images carry no products, so no confirmation dialog sits in the way.
    await page.goto(`${stack.baseUrl}/images?library=temporary&per_page=${EDITS}`, {
      waitUntil: "networkidle",
    });
    const cards = page.getByRole("article");

    const timings: Timing[] = [];
    const confirmedMs: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const card = cards.nth(i);
      const guid = (await card.getAttribute("aria-labelledby"))!
        .replace(/^image-/, "")
        .replace(/-title$/, "");
      const next = `Bench edit ${i} ${Date.now().toString(36)}`;
      await card.getByRole("button", { name: "Edit title" }).click();
      const box = page.getByRole("textbox", { name: "Title" });
      await box.fill(next);

      // Listeners go in before the key press; the promise settles once the new title is in
      // the DOM and the frame that paints it has started.
      const measured = page.evaluate(
        ({ id, text }) =>
          new Promise<Timing>((resolve) => {
            let pressed = 0;
            document.addEventListener(
              "keydown",
              (e) => {
                if (e.key === "Enter") pressed = e.timeStamp;
              },
              { capture: true, once: true },
            );
            const observer = new MutationObserver(() => {
              if (!pressed || document.getElementById(id)?.textContent !== text) return;
              observer.disconnect();
              const dom = performance.now();
              // The frame's callbacks run just before it is painted: the end point is measured there.
              requestAnimationFrame(() =>
                resolve({ domMs: dom - pressed, frameMs: performance.now() - pressed }),
              );
            });
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              characterData: true,
            });
          }),
        { id: `image-${guid}-title`, text: next },
      );
      const started = Date.now();
      await box.press("Enter");
      timings.push(await measured);
      await card.getByRole("status").filter({ hasText: "Saved" }).waitFor({ timeout: 10_000 });
      confirmedMs.push(Date.now() - started);
    }

    const frames = timings.map((t) => Math.max(0, t.frameMs));
    return {
      edits: EDITS,
      upstream_latency_ms: UPSTREAM_LATENCY_MS,
      enter_to_dom_p50_ms: round(median(timings.map((t) => t.domMs))),
      enter_to_paint_p50_ms: round(median(frames)),
      enter_to_paint_p95_ms: round(percentile(frames, 95)),
      enter_to_paint_max_ms: round(Math.max(...frames)),
      saved_confirmed_p50_ms: round(median(confirmedMs)),
    };
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchInlineEdit(), null, 2));
}
