import { expect, test } from "./support/fixtures";
import { saveScreenshot } from "./support/screens";

// The demo works end to end: sign-in wall, the grid on emulator data, thumbnails served.
test("an anonymous visit goes to sign-in and comes back to the library", async ({ page }) => {
  await page.goto("/images?sort=title&dir=asc");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill("artist@example.com");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/images\?sort=title&dir=asc/);
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(5);

  const thumbnail = cards.first().getByRole("img").first();
  await expect(thumbnail).toBeVisible();
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await saveScreenshot(page, "smoke-library");
});
