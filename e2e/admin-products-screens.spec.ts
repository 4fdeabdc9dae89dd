// /admin/products and its side panel at both widths in both schemes: axe clean, screenshots saved.
import { expect, storageStateFor, test } from "./support/fixtures";
import { saveScreenshot, seriousViolations } from "./support/screens";
import { bodyRows, tableSettled } from "./support/products";

const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const vp of VIEWPORTS) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`/admin/products at ${vp.name} width, ${scheme}`, () => {
      test.use({
        storageState: storageStateFor("admin"),
        viewport: { width: vp.width, height: vp.height },
        colorScheme: scheme,
      });
      const name = (screen: string) =>
        `admin-${screen}-${vp.name}${scheme === "dark" ? "-dark" : ""}`;

      test("the table and the side panel pass axe (screenshots saved)", async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto("/images");
        // On a phone the admin pages sit behind the user menu.
        if (vp.name === "phone") await page.getByRole("button", { name: "User menu" }).click();
        await page
          .getByRole("navigation", { name: vp.name === "phone" ? "Admin" : "Main" })
          .getByRole("link", { name: "Products", exact: true })
          .click();
        await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
        // The first visit may start a scan; the page shows the snapshot once it is there.
        await expect(page.getByRole("button", { name: "Refresh" })).toBeEnabled({
          timeout: 60_000,
        });
        await expect(page.getByText(/^As of /)).toBeVisible();
        await tableSettled(page);
        await expect(bodyRows(page).first()).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `e2e/screenshots/${name("products")}.png` });

        // A click lands on the product's name (a click on the image title follows its link).
        await bodyRows(page).first().locator("td").nth(2).click();
        const panel = page.getByRole("dialog");
        await expect(panel.getByRole("button", { name: "Close" })).toBeFocused();
        // The details arrive after the panel opens: the shot shows them, not the skeleton.
        await expect(
          panel.getByRole("status", { name: "Loading the product's details" }),
        ).toHaveCount(0);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `e2e/screenshots/${name("product-panel")}.png` });
        await page.keyboard.press("Escape");
        await expect(panel).toHaveCount(0);
        await saveScreenshot(page, name("products-full"));
      });
    });
  }
}
