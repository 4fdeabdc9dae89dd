import type { Locator, Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./support/fixtures";
import { saveScreenshot, seriousViolations } from "./support/screens";
import { gotoSearch, LONG_AGO, unique } from "./support/library";

// Toasts never cover the grid's content or the focused control: the page keeps room for them,
// and a control they would hide is scrolled clear.

test.use({ storageState: storageStateFor("staff") });

async function rect(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not on screen");
  return { top: box.y, bottom: box.y + box.height, left: box.x, right: box.x + box.width };
}

async function expectClear(page: Page, target: Locator): Promise<void> {
  const stack = page.getByRole("region", { name: "Notifications" }).locator("li").first();
  const [a, b] = [await rect(target), await rect(stack)];
  const overlaps = a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
  expect(overlaps, `${JSON.stringify(a)} is under the toast ${JSON.stringify(b)}`).toBe(false);
}

for (const viewport of [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${viewport.name}, ${scheme}: a toast hides neither the focused control nor the last card`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const prefix = unique("E2E toast");
      await emulator.addImages({
        library: "inventory",
        images: Array.from({ length: 12 }, (_, i) => ({
          title: `${prefix} ${String(i + 1).padStart(2, "0")}`,
          description: "A test image.",
          date_added: LONG_AGO,
          products: [],
        })),
      });
      await gotoSearch(page, prefix, "&per_page=12&sort=title&dir=asc");
      const cards = page.getByRole("article");
      await expect(cards).toHaveCount(12);
      const last = cards.last();
      const edit = last.getByRole("button", { name: "Edit title" });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await edit.click();
      const box = page.getByRole("textbox", { name: "Title" });
      await box.fill(`${prefix} 12 renamed`);
      await box.press("Enter");
      await expect(page.getByRole("button", { name: "Undo" })).toBeVisible({ timeout: 8_000 });
      await expect(edit).toBeFocused();
      await expectClear(page, edit);

      // The grid's last card can always scroll clear of the stack.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectClear(page, last);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: `e2e/screenshots/toast${scheme === "dark" ? "-dark" : ""}-${viewport.name}.png`,
      });

      await saveScreenshot(page, `toast-page${scheme === "dark" ? "-dark" : ""}-${viewport.name}`);
    });
  }
}
