import type { Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./support/fixtures";
import { gotoLibrary, settled } from "./support/library";

// Filters and sort that never lie: a crossed date range is shown, never dropped; a new sort
// field starts in its natural direction; "Has products" says what it covers.

test.use({ storageState: storageStateFor("artist") });

const fromField = (page: Page) => page.getByLabel("Uploaded from");
const toField = (page: Page) => page.getByLabel("Uploaded to");
const sortField = (page: Page) => page.getByLabel("Sort by");
const dirField = (page: Page) => page.getByLabel("Sort direction");

test("typing a 'from' after 'to' is an error on both fields, and neither date is dropped", async ({
  page,
}) => {
  await gotoLibrary(page, "?from=2024-01-01&to=2024-06-30");
  await fromField(page).fill("2024-09-15");
  await expect(page).toHaveURL(/from=2024-09-15/);
  await expect(page).toHaveURL(/to=2024-06-30/);
  const error = page.getByRole("alert").filter({ hasText: "after" });
  await expect(error).toBeVisible();
  await expect(error).toContainText("2024-09-15");
  for (const field of [fromField(page), toField(page)]) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/after/);
  }
  await expect(fromField(page)).toHaveValue("2024-09-15");
  await expect(toField(page)).toHaveValue("2024-06-30");
  // Fixing the other end clears the error and applies the range.
  await toField(page).fill("2024-12-31");
  await expect(error).toHaveCount(0);
  await settled(page);
  await expect(fromField(page)).not.toHaveAttribute("aria-invalid", "true");
});

test("an inverted range in the URL shows the same error, with the URL's dates in the fields", async ({
  page,
}) => {
  await page.goto("/images?from=2025-03-01&to=2025-01-15");
  await expect(page.getByRole("alert").filter({ hasText: "after" })).toBeVisible();
  await expect(fromField(page)).toHaveValue("2025-03-01");
  await expect(toField(page)).toHaveValue("2025-01-15");
  // Neither end narrows the list while the range is crossed: all images are counted.
  const answer = await page.request.get("/api/images?per_page=1");
  const all = (await answer.json()) as { count: number };
  await expect(page.locator("#results-summary")).toContainText(
    `of ${all.count.toLocaleString("en-US")}`,
  );
  // The API itself refuses a crossed range (the page only shows it).
  const refused = await page.request.get("/api/images?from=2025-03-01&to=2025-01-15");
  expect(refused.status()).toBe(400);
});

test("the date fields always show the URL's dates (no year 0026), back and forward too", async ({
  page,
}) => {
  await gotoLibrary(page, "?from=2024-02-10");
  await expect(fromField(page)).toHaveValue("2024-02-10");
  // Typed from the first segment (month), wherever a click would have landed: focus, then left
  // to the start (the arrows stop at the first segment).
  await fromField(page).focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowLeft");
  // Typing a year digit by digit passes through 0002, 0020, 0202: none of them reach the URL.
  const seen: string[] = [];
  for (const key of "03152026") {
    await page.keyboard.type(key);
    seen.push(new URL(page.url()).searchParams.get("from") ?? "");
  }
  await expect(fromField(page)).toHaveValue("2026-03-15");
  await expect(page).toHaveURL(/from=2026-03-15/);
  expect(seen.filter((from) => from.startsWith("0"))).toEqual([]);
  // Back and forward: the field follows the address bar.
  for (const move of ["back", "back", "forward"] as const) {
    await (move === "back" ? page.goBack() : page.goForward());
    const from = new URL(page.url()).searchParams.get("from") ?? "";
    await expect(fromField(page)).toHaveValue(from);
  }
});

test("a new sort field starts in its natural direction unless a direction was chosen", async ({
  page,
}) => {
  await gotoLibrary(page);
  const expectations: [string, string][] = [
    ["title", "asc"],
    ["file_size", "desc"],
    ["file_name", "asc"],
    ["date_added", "desc"],
  ];
  for (const [sort, dir] of expectations) {
    await sortField(page).selectOption(sort);
    await expect(sortField(page)).toHaveValue(sort);
    await expect(dirField(page)).toHaveValue(dir);
  }
  // The user picks a direction: later sort fields keep it.
  await dirField(page).selectOption("asc");
  await sortField(page).selectOption("file_size");
  await expect(dirField(page)).toHaveValue("asc");
  await sortField(page).selectOption("title");
  await expect(dirField(page)).toHaveValue("asc");
  await dirField(page).selectOption("desc");
  await sortField(page).selectOption("file_name");
  await expect(dirField(page)).toHaveValue("desc");
});

test("Has products keeps this page's images that have products, and says what it covers", async ({
  page,
}) => {
  await gotoLibrary(page);
  const box = page.getByRole("checkbox", { name: "Has products" });
  await expect(box).toHaveAccessibleDescription(/FinerWorks cannot filter by products/);
  // The box follows the URL: it shows checked once the new URL is in place.
  await box.click();
  await expect(page).toHaveURL(/has_products=true/);
  await expect(box).toBeChecked();
  await settled(page);
  const cards = page.getByRole("article");
  const shown = await cards.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(24);
  // Every card left has products (the API keeps only those).
  const api = await page.request.get("/api/images?per_page=24&has_products=true");
  const body = (await api.json()) as { images: { products: unknown[] | null }[] };
  expect(body.images.length).toBe(shown);
  for (const image of body.images) expect(image.products?.length).toBeGreaterThan(0);
  await expect(page.locator("#results-summary")).toContainText(`${shown} of images 1–24 (of`);
  await expect(page.getByRole("button", { name: "Clear filters" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/has_products/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters sit behind a Filters button that counts them, in a sheet with the same controls", async ({
    page,
  }) => {
    await gotoLibrary(page, "?q=a&active=true");
    await expect(sortField(page)).toBeHidden();
    const button = page.getByRole("button", { name: /^Filters/ });
    await expect(button).toHaveAccessibleName("Filters 2 active");
    await button.click();
    const sheet = page.getByRole("dialog", { name: "Filters" });
    await expect(sheet).toBeVisible();
    // A controlled checkbox follows the URL a moment later: click, then wait for it.
    await sheet.getByLabel("Has products").click();
    await expect(sheet.getByLabel("Has products")).toBeChecked();
    await expect(page).toHaveURL(/has_products=true/);
    await sheet.getByRole("button", { name: "Show images" }).click();
    await expect(sheet).toBeHidden();
    await expect(button).toHaveAccessibleName("Filters 3 active");
    await expect(button).toBeFocused();
  });
});
