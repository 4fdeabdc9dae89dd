// Checks that hostile HTML from upstream never ran: by then, everything that could have fired
// (an <img onerror>, above all) has.
import type { Locator } from "@playwright/test";
import { expect } from "./fixtures";

/** Waits until every image inside `region` has loaded or failed, and the page has painted since. */
export async function imagesSettled(region: Locator): Promise<void> {
  await expect
    .poll(() => region.evaluate((el) => [...el.querySelectorAll("img")].every((i) => i.complete)))
    .toBe(true);
  // The load/error events are tasks queued with that state: two frames later they have run.
  await region.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
