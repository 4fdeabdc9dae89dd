import type { Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./support/fixtures";
import { gotoLibrary } from "./support/library";
import { seriousViolations } from "./support/screens";

// The lightbox: from a grid thumbnail and from the image page; named by the image's title,
// Previous/Next through the result page (buttons and arrow keys), Esc/Close give focus back.

test.use({ storageState: storageStateFor("artist") });

interface ListedImage {
  guid: string;
  title: string;
  hires_file_name: string | null;
}

async function firstPage(page: Page, search: string): Promise<ListedImage[]> {
  const response = await page.request.get(`/api/images?${search}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { images: ListedImage[] }).images;
}

test("a grid thumbnail opens it; arrows and buttons move through the page; Esc returns focus", async ({
  page,
}) => {
  await gotoLibrary(page, "?per_page=12");
  const titles = (await page.getByRole("article").locator("h3").allTextContents()).map((t) =>
    t.trim(),
  );
  const trigger = page.getByRole("button", { name: `View ${titles[0]} larger` });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: titles[0] });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Previous image" })).toBeDisabled();
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  const picture = dialog.getByRole("img", { name: titles[0] });
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  // The preview is large: most of the screen's width or height.
  const box = await picture.boundingBox();
  const viewport = page.viewportSize()!;
  expect(Math.max(box!.width / viewport.width, box!.height / viewport.height)).toBeGreaterThan(0.6);

  await dialog.getByRole("button", { name: "Next image" }).click();
  await expect(page.getByRole("dialog", { name: titles[1] })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("dialog", { name: titles[2] })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("dialog", { name: titles[1] })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(trigger).toBeFocused();

  // The last image of the page has no next one; Close also gives focus back.
  const last = page.getByRole("button", { name: `View ${titles[titles.length - 1]} larger` });
  await last.click();
  await expect(page.getByRole("button", { name: "Next image" })).toBeDisabled();
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(last).toBeFocused();
});

test("its code is not in the first load, and the first press opens it while that code is still on its way", async ({
  page,
}) => {
  const firstLoad = new Set<string>();
  const collect = (response: { url(): string; request(): { resourceType(): string } }) => {
    if (response.request().resourceType() === "script") firstLoad.add(response.url());
  };
  page.on("response", collect);
  await gotoLibrary(page, "?per_page=12");
  await page.waitForLoadState("networkidle");
  page.off("response", collect);
  // Code asked for after the first load is held back until the press below has been made.
  const late: string[] = [];
  let release = () => {};
  const pressed = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    if (!firstLoad.has(route.request().url())) {
      late.push(route.request().url());
      await pressed;
    }
    await route.continue();
  });

  const title = (await page.getByRole("article").first().locator("h3").textContent())!.trim();
  const trigger = page.getByRole("button", { name: `View ${title} larger` });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: title });
  // The lightbox's code was asked for and is still on its way when the press lands.
  await expect.poll(() => late.length).toBeGreaterThan(0);
  release();
  await expect(dialog).toBeVisible();
  expect(late.length).toBeGreaterThan(0);
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(trigger).toBeFocused();
});

test("on the image page it zooms to a web-format hi-res, and a TIFF hi-res is not offered", async ({
  page,
}) => {
  const images = await firstPage(page, "per_page=50&products=false");
  const jpeg = images.find((i) => /\.jpe?g$/i.test(i.hires_file_name ?? ""));
  const tiff = images.find((i) => /\.tiff?$/i.test(i.hires_file_name ?? ""));
  expect(jpeg && tiff).toBeTruthy();

  await page.goto(`/images/${jpeg!.guid}`);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const trigger = page.getByRole("button", { name: `View ${title} larger` });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toBeVisible();
  const zoom = dialog.getByRole("button", { name: "Zoom to full size" });
  await zoom.click();
  await expect(dialog.getByRole("button", { name: "Fit to screen" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const picture = dialog.getByRole("img", { name: title });
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(1600);
  await expect(picture).toHaveAttribute("src", /hires/);
  await page.keyboard.press("Escape");
  await expect(trigger).toBeFocused();

  await page.goto(`/images/${tiff!.guid}`);
  await page.getByRole("button", { name: /^View .* larger$/ }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("button", { name: /Zoom/ })).toHaveCount(0);
});

for (const viewport of [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${viewport.name}, ${scheme}`, () => {
      test.use({ viewport, colorScheme: scheme });
      test("the open lightbox passes axe (screenshot saved)", async ({ page }) => {
        await gotoLibrary(page, "?per_page=12");
        await page
          .getByRole("button", { name: /^View .* larger$/ })
          .nth(1)
          .click();
        const dialog = page.getByRole("dialog");
        await expect
          .poll(() => dialog.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
          .toBeGreaterThan(0);
        expect(await seriousViolations(page)).toEqual([]);
        // The viewport only: the dialog covers the screen, not the whole page.
        await page.screenshot({
          path: `e2e/screenshots/lightbox${scheme === "dark" ? "-dark" : ""}-${viewport.name}.png`,
        });
      });
    });
  }
}
