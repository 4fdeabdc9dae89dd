// Helpers for specs that drive the image library: waiting for a view to settle, and test
// images that never lead other specs' views.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Query parameters in a fixed order, without the view mode (which is not part of the data). */
export function canonical(params: URLSearchParams): string {
  return [...params.entries()]
    .filter(([k]) => k !== "view")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/** Waits until the results on screen answer the query in the address bar (not a placeholder). */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const wanted = canonical(new URL(page.url()).searchParams);
      const section = page.locator("section[data-loaded]");
      if ((await section.count()) === 0) return "loading";
      const [loaded, busy] = await Promise.all([
        section.getAttribute("data-loaded"),
        section.getAttribute("aria-busy"),
      ]);
      return busy === "false" && canonical(new URLSearchParams(loaded ?? "")) === wanted
        ? "settled"
        : `showing '${loaded}' busy=${busy}`;
    })
    .toBe("settled");
}

export async function gotoLibrary(page: Page, search = ""): Promise<void> {
  await page.goto(`/images${search}`);
  await settled(page);
}

/** Test images sort last by title and sit years back by date, so they never lead other specs' views. */
export function unique(label: string): string {
  return `Zz ${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}
export const LONG_AGO = "2015-06-01T12:00:00Z";

/** The library narrowed by a search to one test image's title. */
export async function gotoSearch(page: Page, text: string, extra = ""): Promise<void> {
  await gotoLibrary(page, `?q=${encodeURIComponent(text).replace(/%20/g, "+")}${extra}`);
}

/** The "N products" badge of a card or list row: it opens the image's products in a side panel. */
export const PRODUCTS_BADGE = /^\d+ products?$/;
