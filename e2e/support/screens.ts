// Screenshots of pages for people to look at (e2e/screenshots/), and the axe check that goes
// with them.
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Saves a full-page screenshot to e2e/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync("e2e/screenshots", { recursive: true });
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** axe findings of serious or critical impact on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/**
 * The page as it is now at desktop (1440x900) and phone (390x844) size, light and dark:
 * <name>-desktop, <name>-desktop-dark, <name>-phone, <name>-phone-dark. Each is checked with axe
 * (`axe: "phone"`: the phone ones only); the page is left at desktop size, light.
 */
export async function screenshots(
  page: Page,
  name: string,
  { axe = "every" }: { axe?: "every" | "phone" } = {},
): Promise<void> {
  for (const [size, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await saveScreenshot(page, `${name}-${size}${scheme === "dark" ? "-dark" : ""}`);
      if (axe === "every" || size === "phone") expect(await seriousViolations(page)).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(DESKTOP);
}

/** Resolves once two painted frames show the same layout (after a resize, before a screenshot). */
export async function layoutSettled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const before = document.documentElement.scrollHeight;
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                resolve(document.documentElement.scrollHeight === before),
              ),
            );
          }),
      ),
    )
    .toBe(true);
}
