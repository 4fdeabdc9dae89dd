// The 403 page non-admins get on admin paths, photographed at both widths in both schemes.
import { expect, storageStateFor, test } from "./support/fixtures";
import { saveScreenshot, seriousViolations } from "./support/screens";

const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const vp of VIEWPORTS) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`the admin 403 page at ${vp.name} width, ${scheme}`, () => {
      test.use({
        storageState: storageStateFor("staff"),
        viewport: { width: vp.width, height: vp.height },
        colorScheme: scheme,
      });

      test("answers 403, says why, links back to the library and passes axe", async ({ page }) => {
        const response = await page.goto("/admin/settings");
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
        await expect(page.getByRole("banner").getByRole("link", { name: "Admin" })).toHaveCount(0);
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, `admin-forbidden-${vp.name}-${scheme}`);
        await page.getByRole("link", { name: "Back to the library" }).click();
        await expect(page).toHaveURL(/\/images$/);
      });
    });
  }
}
