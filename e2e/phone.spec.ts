import type { Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./support/fixtures";
import { saveScreenshot, seriousViolations } from "./support/screens";
import { gotoLibrary } from "./support/library";

// The library and the image page at 390 px: one-line header, filters in a sheet, the first
// image above the fold, a list without sideways scrolling, a full-width editor, details first.

const PHONE = { width: 390, height: 844 };

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`phone, ${scheme}`, () => {
    test.use({ viewport: PHONE, colorScheme: scheme, storageState: storageStateFor("admin") });
    const shot = (name: string) => `phone-${name}${scheme === "dark" ? "-dark" : ""}`;

    test("header on one line with a user menu; first image above the fold", async ({ page }) => {
      await gotoLibrary(page, "?per_page=12");
      const banner = page.getByRole("banner");
      const box = await banner.boundingBox();
      expect(box?.height).toBeLessThanOrEqual(64);
      await expect(banner.getByRole("link", { name: "Images" })).toBeVisible();
      await expect(banner.getByRole("button", { name: "Sign out" })).toBeHidden();
      await noSidewaysScroll(page);

      const firstImage = page.getByRole("article").first().getByRole("img");
      const image = await firstImage.boundingBox();
      expect(image).not.toBeNull();
      expect((image?.y ?? 0) + (image?.height ?? 0) / 2).toBeLessThan(PHONE.height);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, shot("grid"));

      const menu = banner.getByRole("button", { name: "User menu" });
      await menu.click();
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      await expect(banner.getByRole("link", { name: "Removed products" })).toBeVisible();
      await expect(banner.getByRole("link", { name: "Products", exact: true })).toBeVisible();
      await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `e2e/screenshots/${shot("user-menu")}.png` });
      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();

      await page.getByRole("button", { name: /^Filters/ }).click();
      await expect(page.getByRole("dialog", { name: "Filters" })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `e2e/screenshots/${shot("filters")}.png` });
    });

    test("the list view shows title, size and date without sideways scrolling", async ({
      page,
    }) => {
      await gotoLibrary(page, "?per_page=12&view=list");
      const table = page.getByRole("table");
      for (const header of ["Title", "Size", "Uploaded"])
        await expect(table.getByRole("columnheader", { name: header })).toBeVisible();
      await expect(table.getByRole("columnheader", { name: "Description" })).toBeHidden();
      const scroller = table.locator("xpath=..");
      const [scroll, client] = await scroller.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
      await noSidewaysScroll(page);
      const row = table.locator("tbody tr").first();
      await expect(row.locator("time")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, shot("list"));
    });

    test("the image page shows its details before its products, and the editor is full width", async ({
      page,
    }) => {
      await gotoLibrary(page, "?per_page=12&has_products=true");
      await page.getByRole("article").first().locator("h3 a").click();
      const details = page.getByRole("region", { name: "Details" });
      const products = page.getByRole("region", { name: /^Products/ });
      await expect(details).toBeVisible();
      const [d, p] = [await details.boundingBox(), await products.boundingBox()];
      expect(d!.y).toBeLessThan(p!.y);
      await noSidewaysScroll(page);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, shot("detail"));

      await page.getByRole("button", { name: "Edit title" }).click();
      const title = page.getByRole("textbox", { name: "Title" });
      await expect(title).toBeVisible();
      const field = await title.boundingBox();
      expect(field!.width).toBeGreaterThan(PHONE.width - 100);
      // The whole title fits: the field is not scrolled to its end.
      expect(await title.evaluate((el: HTMLInputElement) => el.scrollLeft)).toBe(0);
      await noSidewaysScroll(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `e2e/screenshots/${shot("editor")}.png` });
    });
  });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`desktop, ${scheme}`, () => {
    test.use({
      viewport: { width: 1440, height: 900 },
      colorScheme: scheme,
      storageState: storageStateFor("admin"),
    });
    const shot = (name: string) => `desktop-${name}${scheme === "dark" ? "-dark" : ""}`;

    test("toolbar with Has products and a crossed range, header in full; axe clean", async ({
      page,
    }) => {
      await page.goto("/images?per_page=12&from=2025-03-01&to=2025-01-01&has_products=true");
      await expect(page.getByRole("alert").filter({ hasText: "after" })).toBeVisible();
      await expect(page.getByRole("button", { name: /^Filters/ })).toBeHidden();
      await expect(page.getByRole("button", { name: "User menu" })).toBeHidden();
      await expect(
        page.getByRole("banner").getByRole("button", { name: "Sign out" }),
      ).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, shot("toolbar"));
    });
  });
}
