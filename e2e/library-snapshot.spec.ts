import type { Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./support/fixtures";
import { screenshots } from "./support/screens";
import { gotoLibrary, gotoSearch, LONG_AGO, settled, unique } from "./support/library";

// What the library snapshot adds to the grid: the search also finds file names (after a scan;
// before one the hint says so), and the "Products" sort, most products first (disabled, with
// the reason, where the library has no snapshot).

test.use({ storageState: storageStateFor("staff") });

const searchBox = (page: Page) => page.getByRole("textbox", { name: "Search images" });
const sortField = (page: Page) => page.getByLabel("Sort by");
const HINT = /file names are searched too once the library snapshot exists/;

interface ViewCounts {
  as_of: number | null;
  scanning: boolean;
}

/** Refresh in the Views menu, then waits for that scan's snapshot. */
async function scanLibrary(page: Page): Promise<void> {
  const before = ((await (await page.request.get("/api/views")).json()) as ViewCounts).as_of;
  await page.getByRole("button", { name: "Views" }).click();
  await page.getByRole("menuitem", { name: "Refresh" }).click();
  await expect
    .poll(
      async () => {
        const counts = (await (await page.request.get("/api/views")).json()) as ViewCounts;
        return !counts.scanning && counts.as_of !== null && counts.as_of !== before;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await page.keyboard.press("Escape");
}

test("a library without a snapshot: the hint says file names wait for a scan, Products is disabled", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Scans cover the configured (inventory) library: the temporary one never has a snapshot.
  await gotoLibrary(page, "?library=temporary&q=a");
  await expect(searchBox(page)).toHaveAttribute("placeholder", "Search titles and descriptions");
  await expect(searchBox(page)).toHaveAccessibleDescription(HINT);
  await expect(page.getByText(HINT)).toBeVisible();
  const products = sortField(page).getByRole("option", { name: "Products (needs a library scan)" });
  await expect(products).toBeDisabled();
  await screenshots(page, "search-no-snapshot");
  // Without a search there is nothing to qualify: no hint.
  await searchBox(page).fill("");
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByText(HINT)).toHaveCount(0);
  // A URL that asks for the sort anyway gets the reason, not a broken page.
  await page.goto("/images?library=temporary&sort=products");
  const alert = page.getByRole("region", { name: "Images" }).getByRole("alert");
  await expect(alert).toContainText(
    "needs the library snapshot, and library scans cover the inventory library only",
  );
  // Asking again cannot help: the way out is a sort this library has.
  await expect(alert.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await screenshots(page, "sort-needs-snapshot");
  await alert.getByRole("button", { name: "Sort by date added" }).click();
  await expect(page).not.toHaveURL(/sort=products/);
  await settled(page);
  await expect(page.getByRole("region", { name: "Images" }).getByRole("alert")).toHaveCount(0);
  await expect(sortField(page)).toHaveValue("date_added");
});

test("after a scan the search finds an image by its file name, listed after the title matches", async ({
  page,
  emulator,
}) => {
  const token = `zqf${Date.now().toString(36)}`;
  const byName = unique("Meadow");
  const byTitle = unique(`Title ${token}`);
  await emulator.addImages({
    library: "inventory",
    images: [
      { title: byName, file_name: `${token}-field.jpg`, date_added: LONG_AGO },
      { title: byTitle, file_name: "granite.jpg", date_added: LONG_AGO },
    ],
  });
  await gotoLibrary(page);
  await scanLibrary(page);
  await gotoSearch(page, token);
  await expect(searchBox(page)).toHaveAttribute(
    "placeholder",
    "Search titles, descriptions, file names",
  );
  await expect(page.getByText(HINT)).toHaveCount(0);
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toHaveAccessibleName(byTitle);
  await expect(cards.nth(1)).toHaveAccessibleName(byName);
  await expect(page.locator("#results-summary")).toHaveText(
    "Showing 1–2 of 2 images (1 by file name only, listed last)",
  );
  await screenshots(page, "search-file-names");
});

test("the Products sort lists the images with the most products first, page after page", async ({
  page,
}) => {
  // Eight full-page screenshots of a 24-card page, each checked with axe.
  test.setTimeout(120_000);
  // A scan of its own: specs before this one may have changed the library outside the app since
  // the last one, and the sort lists the snapshot's images.
  await gotoLibrary(page);
  await scanLibrary(page);
  await gotoLibrary(page);
  await sortField(page).selectOption("products");
  await expect(page).toHaveURL(/sort=products/);
  // Most first: the natural direction of a count.
  await expect(page.getByLabel("Sort direction")).toHaveValue("desc");
  await settled(page);

  const all: { products: unknown[] | null }[] = [];
  for (let p = 1; ; p++) {
    const answer = (await (await page.request.get(`/api/images?per_page=50&page=${p}`)).json()) as {
      images: { products: unknown[] | null }[];
      count: number;
    };
    all.push(...answer.images);
    if (all.length >= answer.count || answer.images.length === 0) break;
  }
  const most = Math.max(...all.map((i) => i.products?.length ?? 0));
  const first = page.getByRole("article").first();
  await expect(first.getByRole("button", { name: `${most} products` })).toBeVisible();
  await expect(page.locator("#results-summary")).toContainText(
    `of ${all.length.toLocaleString("en-US")} images`,
  );
  await screenshots(page, "products-sort");

  // The second page follows on: its first image has no more products than the first page's last.
  const productsOf = async (search: string) =>
    (
      (await (await page.request.get(`/api/images?${search}`)).json()) as {
        images: { products: unknown[] | null }[];
      }
    ).images.map((i) => i.products?.length ?? 0);
  const pageOne = await productsOf("sort=products&per_page=24");
  const pageTwo = await productsOf("sort=products&per_page=24&page=2");
  expect(pageTwo[0]).toBeLessThanOrEqual(pageOne.at(-1)!);
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await settled(page);

  // The list view sorts by the Products column too.
  await gotoLibrary(page, "?sort=products&view=list");
  const header = page.getByRole("columnheader", { name: "Products" });
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/dir=asc/);
  await settled(page);
  await screenshots(page, "products-sort-list");
});
