import sharp from "sharp";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { gotoSearch, settled, unique, LONG_AGO } from "./support/library";

// The demo opened through another host name than NEXTAUTH_URL's (as from a phone on the LAN):
// the browser reaches only the app's own origin, so every image must come through it.
const otherHost = (baseURL: string) => baseURL.replace("//localhost:", "//127.0.0.1:");

test.use({
  baseURL: async ({ stack }, use) => use(otherHost(stack.baseURL)),
  storageState: { cookies: [], origins: [] },
});

async function signIn(page: Page): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill("artist@example.com");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/images/);
}

/** Every <img> on the page has loaded a real picture (naturalWidth > 0). */
async function expectEveryImageLoaded(page: Page, atLeast: number): Promise<void> {
  const origin = new URL(page.url()).origin;
  const images = page.locator("main img");
  await expect.poll(() => images.count()).toBeGreaterThanOrEqual(atLeast);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await image.evaluate((img: HTMLImageElement) => new URL(img.src).origin)).toBe(origin);
  }
}

test.beforeEach(async ({ page, baseURL }) => {
  // Nothing but the page's own origin is reachable, as for a device that cannot see localhost.
  await page.context().route(
    (url) => url.origin !== baseURL,
    (route) => route.abort("addressunreachable"),
  );
});

test("every thumbnail of the first page loads through another host name", async ({ page }) => {
  await signIn(page);
  await page.goto("/images");
  await settled(page);
  await expectEveryImageLoaded(page, 6);
  await expect(page.getByText("Preview unavailable")).toHaveCount(0);
});

test("an uploaded image (local media store) shows through another host name", async ({
  page,
  emulator,
}) => {
  await signIn(page);
  const file = await sharp({
    create: { width: 320, height: 240, channels: 3, background: { r: 40, g: 120, b: 90 } },
  })
    .jpeg()
    .toBuffer();
  const upload = await page.request.post("/api/uploads?name=any-host.jpg", {
    data: file,
    headers: { "content-type": "image/jpeg" },
  });
  expect(upload.status()).toBe(201);
  const stored = (await upload.json()) as Record<string, string>;
  // Registered with FinerWorks as absolute URLs on NEXTAUTH_URL's host.
  expect(stored.public_thumbnail_uri).toMatch(/^http:\/\/localhost:\d+\/media\//);
  const title = unique("E2E any host");
  const added = (await emulator.addImages({
    library: "inventory",
    images: [
      {
        title,
        date_added: LONG_AGO,
        private_hires_uri: stored.private_hires_uri,
        public_preview_uri: stored.public_preview_uri,
        public_thumbnail_uri: stored.public_thumbnail_uri,
      },
    ],
  })) as { images: { guid: string }[] };
  const guid = added.images[0]!.guid;

  await gotoSearch(page, title);
  await expect(page.getByRole("article", { name: title })).toBeVisible();
  await expectEveryImageLoaded(page, 1);
  await page.goto(`/images/${guid}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectEveryImageLoaded(page, 1);
});
