import type { Locator, Page } from "@playwright/test";
import { expect, storageStateFor, test, type Role } from "./support/fixtures";
import { imagesSettled } from "./support/hostile";
import { saveScreenshot, seriousViolations } from "./support/screens";
import { gotoLibrary, LONG_AGO, PRODUCTS_BADGE, settled, unique } from "./support/library";
import type { ImageDetails } from "../lib/schemas/image-list";

// The image library (/images) and the image page (/images/[guid]) against the emulator's
// demo seed, for every role.

// ---- helpers -------------------------------------------------------------------------

function cards(page: Page): Locator {
  return page.getByRole("article");
}

async function cardTitles(page: Page): Promise<string[]> {
  return (await cards(page).locator("h3").allTextContents()).map((t) => t.trim());
}

/** The total number of matching images, from the pagination line ("Page 1 of 9 · 200 images"). */
async function totalCount(page: Page): Promise<number> {
  const text = await page
    .getByRole("navigation", { name: "Pagination" })
    .locator("p")
    .textContent();
  const match = /([\d,]+) images?/.exec(text ?? "");
  if (!match?.[1]) throw new Error(`no count in "${text}"`);
  return Number(match[1].replace(/,/g, ""));
}

type ApiImage = Pick<ImageDetails, "guid" | "title" | "file_name">;

/** Every title in a library, read through the app's own API with the signed-in session. */
async function allTitles(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (let p = 1; p < 100; p++) {
    const response = await page.request.get(`/api/images?page=${p}&per_page=50&products=false`);
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { images: ApiImage[]; count: number };
    titles.push(...body.images.map((i) => i.title || i.file_name || ""));
    if (p * 50 >= body.count) break;
  }
  return titles;
}

/** Brings every lazy thumbnail into view until it has loaded, then checks them all at once. */
async function loadAllImages(page: Page): Promise<void> {
  for (const image of await page.locator("img").all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((i) => i.complete)), {
      message: "every thumbnail has loaded (or failed over to its placeholder)",
      timeout: 15_000,
    })
    .toBe(true);
}

// ---- behaviour, per role ------------------------------------------------------------

const ROLES: Role[] = ["artist", "staff", "admin"];

for (const role of ROLES) {
  test.describe(`image library as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("the first paint already shows images, with an Add images link", async ({ page }) => {
      await page.goto("/images");
      // Server prefetch + hydration: the cards are in the HTML, not fetched after load.
      const html = await (await page.request.get("/images")).text();
      expect(html).toContain("<article");
      await expect(cards(page).first()).toBeVisible();
      await expect(page.getByRole("link", { name: "Add images" })).toHaveAttribute(
        "href",
        "/images/new",
      );
      const firstImg = cards(page).first().getByRole("img").first();
      await expect(firstImg).toHaveAccessibleName(
        (await cards(page).first().locator("h3").textContent())!.trim(),
      );
    });

    test("sorting by title ascending puts the alphabetically first title first", async ({
      page,
    }) => {
      await gotoLibrary(page);
      await page.getByRole("combobox", { name: "Sort by" }).selectOption("title");
      await page.getByRole("combobox", { name: "Sort direction" }).selectOption("asc");
      await expect(page).toHaveURL(/sort=title/);
      await expect(page).toHaveURL(/dir=asc/);
      await settled(page);
      const expected = (await allTitles(page)).reduce((min, t) =>
        t.toLowerCase() < min.toLowerCase() ? t : min,
      );
      const shown = await cardTitles(page);
      expect(shown[0]?.toLowerCase()).toBe(expected.toLowerCase());
      const lowered = shown.map((t) => t.toLowerCase());
      expect(lowered).toEqual([...lowered].sort());
    });

    test("a search narrows the grid and the URL", async ({ page }) => {
      await gotoLibrary(page);
      const before = await totalCount(page);
      const word =
        (await cardTitles(page))[0]!.split(/\s+/).find((w) => w.length >= 4) ??
        (await cardTitles(page))[0]!;
      await page.getByRole("textbox", { name: "Search images" }).fill(word);
      await expect(page).toHaveURL(
        new RegExp(`[?&]q=${encodeURIComponent(word).replace(/%20/g, "\\+")}`),
      );
      await settled(page);
      const after = await totalCount(page);
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
      // Reload keeps the view.
      await page.reload();
      await settled(page);
      await expect(page.getByRole("textbox", { name: "Search images" })).toHaveValue(word);
      expect(await totalCount(page)).toBe(after);
    });

    test("a date range and the status filter narrow the count", async ({ page }) => {
      await gotoLibrary(page);
      const all = await totalCount(page);
      const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date().toISOString().slice(0, 10);
      await page.getByLabel("Uploaded from").fill(from);
      await page.getByLabel("Uploaded to").fill(to);
      await expect(page).toHaveURL(new RegExp(`from=${from}.*to=${to}`));
      await settled(page);
      const ranged = await totalCount(page);
      expect(ranged).toBeGreaterThan(0);
      expect(ranged).toBeLessThan(all);

      await page.getByRole("combobox", { name: "Status" }).selectOption("inactive");
      await expect(page).toHaveURL(/active=false/);
      await settled(page);
      const inactive = await totalCount(page);
      expect(inactive).toBeLessThan(ranged);
      await expect(cards(page).first().getByText("Inactive", { exact: true })).toBeVisible();

      // "Clear filters" goes back to everything in one click.
      await page.getByRole("button", { name: "Clear filters" }).click();
      await settled(page);
      expect(await totalCount(page)).toBe(all);
    });

    test("page 2 shows different images and Back returns to page 1", async ({ page }) => {
      await gotoLibrary(page);
      await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
      const first = await cardTitles(page);
      const guidsShown = () =>
        cards(page)
          .locator("h3 a")
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const firstGuids = await guidsShown();
      await page.getByRole("button", { name: "Next page" }).click();
      await expect(page).toHaveURL(/[?&]page=2/);
      await settled(page);
      await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
      const secondGuids = await guidsShown();
      expect(secondGuids.length).toBeGreaterThan(0);
      expect(secondGuids.filter((g) => firstGuids.includes(g))).toEqual([]);

      await page.goBack();
      await expect(page).not.toHaveURL(/page=2/);
      await settled(page);
      expect(await cardTitles(page)).toEqual(first);
      await page.goForward();
      await expect(page).toHaveURL(/[?&]page=2/);

      // Direct page links work too, and changing a filter returns to page 1.
      await page.getByRole("link", { name: "Page 3" }).click();
      await expect(page).toHaveURL(/[?&]page=3/);
      await page.getByRole("combobox", { name: "Sort by" }).selectOption("file_size");
      await expect(page).not.toHaveURL(/page=/);
    });

    test("per page 48 shows 48 cards", async ({ page }) => {
      await gotoLibrary(page);
      await page.getByRole("combobox", { name: "Per page" }).selectOption("48");
      await expect(page).toHaveURL(/per_page=48/);
      await settled(page);
      await expect(cards(page)).toHaveCount(48);
    });

    test("the products badge opens the image's products in a side panel, by keyboard too", async ({
      page,
    }) => {
      await gotoLibrary(page, "?per_page=48");
      const card = page
        .getByRole("article")
        .filter({ has: page.getByRole("button", { name: PRODUCTS_BADGE }) })
        .first();
      const cardBox = await card.boundingBox();
      const badge = card.getByRole("button", { name: PRODUCTS_BADGE });
      const count = Number((await badge.textContent())?.split(" ")[0]);
      await badge.focus();
      await page.keyboard.press("Enter");
      const panel = page.getByRole("dialog", { name: /^Products of / });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole("button", { name: "Close" })).toBeFocused();
      const items = panel
        .getByRole("listitem")
        .filter({ has: page.getByRole("button", { expanded: false }) });
      await expect(items).toHaveCount(count);
      // The grid keeps its rhythm: opening products does not stretch the card.
      expect((await card.boundingBox())?.height).toBe(cardBox?.height);

      const first = panel.getByRole("button", { expanded: false }).first();
      await first.focus();
      await page.keyboard.press("Enter");
      await expect(panel.getByRole("button", { expanded: true })).toHaveCount(1);
      const details = panel.locator(
        `#${await panel.getByRole("button", { expanded: true }).getAttribute("aria-controls")}`,
      );
      await expect(details.getByText("Asking price")).toBeVisible();
      await expect(details.getByText("Margin")).toBeVisible();
      await expect(details.getByRole("heading", { name: "Description" })).toBeVisible();
      await expect(details.getByRole("heading", { name: "Labels" })).toBeVisible();
      // The SKU shows once (not again as a label), and the mock-ups as thumbnails.
      const sku =
        (await details.locator("dt", { hasText: /^SKU$/ }).locator("+ dd").textContent()) ?? "";
      expect(sku).not.toBe("");
      await expect(details.getByText(sku, { exact: true })).toHaveCount(1);
      await expect(details.getByRole("link", { name: /mock-up 1$/ })).toBeVisible();

      await page.keyboard.press("Escape");
      await expect(panel).toHaveCount(0);
      await expect(badge).toBeFocused();
      await badge.click();
      await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
      await expect(page.getByRole("dialog")).toHaveCount(0);
      await expect(badge).toBeFocused();
    });

    test("the list view has the same data and sortable headers", async ({ page }) => {
      await gotoLibrary(page);
      await page.getByRole("button", { name: "List view" }).click();
      await expect(page).toHaveURL(/view=list/);
      await expect(page.getByRole("table")).toBeVisible();
      await page.getByRole("button", { name: "Title", exact: true }).click();
      await expect(page).toHaveURL(/sort=title&dir=asc/);
      await settled(page);
      await expect(page.getByRole("columnheader", { name: "Title" })).toHaveAttribute(
        "aria-sort",
        "ascending",
      );
      await page.getByRole("button", { name: "Title", exact: true }).click();
      await expect(page).toHaveURL(/\?sort=title&view=list$/);
      await expect(page.getByRole("columnheader", { name: "Title" })).toHaveAttribute(
        "aria-sort",
        "descending",
      );
      await page.getByRole("button", { name: "Grid view" }).click();
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page).not.toHaveURL(/view=list/);
    });

    test("an upstream fault shows the error state with a reference id, and Try again recovers", async ({
      page,
      emulator,
    }) => {
      await emulator.setFault({ endpoint: "list_images", kind: "http_500" });
      await page.goto("/images?sort=file_name");
      const alert = page.getByRole("alert").filter({ hasText: "Try again" });
      await expect(alert).toBeVisible({ timeout: 20_000 });
      await expect(alert).toContainText(/Reference ID: \S+/);
      await emulator.clearFaults();
      await alert.getByRole("button", { name: "Try again" }).click();
      await expect(cards(page).first()).toBeVisible();
      await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
    });
  });
}

// ---- content from upstream -----------------------------------------------------------

test.describe("content from upstream", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("a product description carrying a script or onerror never runs it", async ({
    page,
    emulator,
  }) => {
    const title = unique("E2E hostile product");
    await emulator.addImages({
      library: "inventory",
      images: [
        {
          title,
          date_added: LONG_AGO,
          products: [
            {
              name: "Hostile print",
              description_long:
                '<p>Nice <b>print</b></p><script>window.__xss = "script"</script><img src="x" onerror="window.__xss = \'onerror\'"><a href="javascript:window.__xss=1">link</a>',
            },
          ],
        },
      ],
    });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await gotoLibrary(page, `?q=${encodeURIComponent(title).replace(/%20/g, "+")}`);
    const card = page.getByRole("article", { name: title });
    await card.getByRole("button", { name: "1 product" }).click();
    const panel = page.getByRole("dialog", { name: `Products of ${title}` });
    await panel.getByRole("button", { name: /Hostile print/ }).click();
    await expect(panel.getByText("Nice")).toBeVisible();
    await imagesSettled(panel);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await panel.locator("script, [onerror], a[href^='javascript']").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("a thumbnail that fails to load shows the fallback", async ({ page, emulator, stack }) => {
    const title = unique("E2E broken thumbnail");
    await emulator.addImages({
      library: "inventory",
      images: [
        {
          title,
          date_added: LONG_AGO,
          public_thumbnail_uri: `${stack.emulatorOrigin}/media/thumb/00000000-0000-4000-8000-000000000000.jpg`,
        },
      ],
    });
    await gotoLibrary(page, `?q=${encodeURIComponent(title).replace(/%20/g, "+")}`);
    const card = page.getByRole("article", { name: title });
    await expect(card.getByRole("img", { name: title })).toContainText("Preview unavailable");
  });

  test("the image page shows every field, the products, the hi-res link, and goes back to the same view", async ({
    page,
  }) => {
    await gotoLibrary(page, "?sort=title&dir=asc&per_page=12");
    const card = cards(page).first();
    const title = (await card.locator("h3").textContent())!.trim();
    await card.locator("h3 a").click();
    await expect(page).toHaveURL(/\/images\/[0-9a-f-]{36}\?per_page=12&sort=title&dir=asc/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("img", { name: title })).toBeVisible();
    await expect(page.getByRole("link", { name: "Open hi-res file" })).toHaveAttribute(
      "href",
      /^\/emulator-media\/hires\//,
    );
    for (const field of [
      "GUID",
      "File name",
      "File size",
      "Dimensions",
      "Uploaded",
      "Hi-res URL",
    ]) {
      await expect(page.getByText(field, { exact: true })).toBeVisible();
    }
    await page.getByRole("link", { name: "Back to images" }).click();
    await expect(page).toHaveURL(/\/images\?per_page=12&sort=title&dir=asc$/);
    await settled(page);
    expect((await cardTitles(page))[0]).toBe(title);
  });

  test("the grid works with the keyboard alone", async ({ page }) => {
    await gotoLibrary(page, "?per_page=12");
    await page.getByRole("textbox", { name: "Search images" }).focus();
    const firstTitleLink = cards(page).first().locator("h3 a");
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await firstTitleLink.evaluate((a) => a === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/images\/[0-9a-f-]{36}/);
  });
});

// ---- screenshots and accessibility ---------------------------------------------------

const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const vp of VIEWPORTS) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`screens at ${vp.name} width, ${scheme}`, () => {
      test.use({
        storageState: storageStateFor("staff"),
        viewport: { width: vp.width, height: vp.height },
        colorScheme: scheme,
      });
      const name = (screen: string) =>
        `images-${screen}${scheme === "dark" ? "-dark" : ""}-${vp.name}`;

      test("grid, products, list, image page, error and no results pass axe (screenshots saved)", async ({
        page,
        emulator,
      }) => {
        test.setTimeout(120_000);
        await gotoLibrary(page, "?per_page=12");
        await loadAllImages(page);
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, name("grid"));

        await page.getByRole("button", { name: PRODUCTS_BADGE }).first().click();
        const panel = page.getByRole("dialog", { name: /^Products of / });
        await panel.getByRole("button", { expanded: false }).first().click();
        await expect(panel.getByRole("heading", { name: "Labels" })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `e2e/screenshots/${name("products")}.png` });
        await page.keyboard.press("Escape");

        await gotoLibrary(page, "?per_page=12&view=list");
        await loadAllImages(page);
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, name("list"));

        await page.getByRole("table").locator("tbody a").first().click();
        // The list has an h1 too: wait for the image page itself, its title included (a client
        // navigation puts the title in a moment after the heading).
        await expect(page).toHaveURL(/\/images\/[0-9a-f-]{36}/);
        await expect(page).toHaveTitle(/^Image · /);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, name("detail"));

        await emulator.setFault({ endpoint: "list_images", kind: "http_500" });
        await page.goto("/images?per_page=12&sort=id");
        await expect(page.getByRole("alert").filter({ hasText: "Try again" })).toBeVisible({
          timeout: 20_000,
        });
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, name("error"));
        await emulator.clearFaults();

        await gotoLibrary(page, "?q=zzzz-no-such-image");
        await expect(page.getByRole("button", { name: "Clear filters" })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, name("no-results"));
      });
    });
  }
}
