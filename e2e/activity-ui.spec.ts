import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, storageStateFor, test, type Role } from "./support/fixtures";
import { screenshots, seriousViolations } from "./support/screens";
import { LONG_AGO, unique } from "./support/library";

// The browser side of the history and the archive: a staff rename of an inventory image with
// products, seen in /activity, in the admin archive (page and CSV) and undone from the image's
// History; the roles that must not see the archive or the Restore buttons.

const PRODUCTS = [
  {
    name: "Framed print 8x10",
    sku: `E2E-AUI-FR-${Date.now()}`,
    asking_price: 120,
    per_item_price: 60,
  },
  {
    name: "Canvas wrap 16x20",
    sku: `E2E-AUI-CW-${Date.now()}`,
    asking_price: 245.5,
    per_item_price: 99,
  },
];
const PRICES = ["$120.00", "$245.50"];

async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return context.newPage();
}

test("a staff rename is in /activity, its products in the archive and CSV, and Restore undoes it", async ({
  browser,
  emulator,
}) => {
  // Three roles' pages, twelve screenshots and their axe checks: a long journey.
  test.setTimeout(90_000);
  const title = unique("E2E activity ui");
  const added = (await emulator.addImages({
    library: "inventory",
    images: [{ title, description: "A quiet harbour.", date_added: LONG_AGO, products: PRODUCTS }],
  })) as { images: { guid: string }[] };
  const guid = added.images[0]!.guid;
  const renamed = `${title} at dusk`;

  // Staff renames it on the image page; the dialog lists prices and mentions the archive.
  const staff = await signedIn(browser, "staff");
  await staff.goto(`/images/${guid}`);
  await staff.getByRole("button", { name: "Edit title" }).click();
  await staff.getByRole("textbox", { name: "Title" }).fill(renamed);
  await staff.getByRole("textbox", { name: "Title" }).press("Enter");
  const dialog = staff.getByRole("alertdialog");
  for (const [i, product] of PRODUCTS.entries()) {
    await expect(dialog).toContainText(product.sku);
    await expect(dialog).toContainText(PRICES[i]!);
  }
  await expect(dialog).toContainText("They are kept in the removed-products archive.");
  // The new title shows at once (optimistic): the entry exists once the PATCH has answered.
  const saved = staff.waitForResponse(
    (r) => new URL(r.url()).pathname === "/api/images" && r.request().method() === "PATCH",
  );
  await dialog.getByRole("button", { name: "Save and remove products" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  expect((await saved).status()).toBe(200);

  // /activity shows the entry with before -> after, ok, and a link to the image.
  await staff.goto(`/activity?image=${guid}`);
  await expect(staff.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  await expect(staff.getByRole("link", { name: "Activity", exact: true })).toBeVisible();
  const entry = staff.getByRole("listitem").filter({ hasText: "Edited" });
  await expect(entry).toHaveCount(1);
  await expect(entry.locator("ins")).toContainText("dusk");
  await expect(entry.getByText("ok", { exact: true })).toBeVisible();
  await expect(entry).toContainText("2 products removed");
  await expect(entry.getByRole("link", { name: title, exact: true })).toHaveAttribute(
    "href",
    `/images/${guid}`,
  );
  await expect(staff.getByRole("button", { name: "Export CSV" })).toHaveCount(0);
  expect(await seriousViolations(staff)).toEqual([]);
  await screenshots(staff, "activity", { axe: "phone" });

  // The admin archive lists the products with SKUs and prices, and its CSV has those rows.
  const admin = await signedIn(browser, "admin");
  await admin.goto("/images");
  await admin
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Removed products", exact: true })
    .click();
  await expect(admin.getByRole("heading", { level: 1, name: "Removed products" })).toBeVisible();
  await admin.getByRole("textbox", { name: "Image id" }).fill(guid);
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(new RegExp(`image=${guid}`));
  for (const [i, product] of PRODUCTS.entries()) {
    const row = admin.getByRole("row").filter({ hasText: product.sku });
    await expect(row).toContainText(PRICES[i]!);
    await expect(row).toContainText(product.name);
    await expect(row).toContainText(title);
  }
  expect(await seriousViolations(admin)).toEqual([]);
  await screenshots(admin, "removed-products", { axe: "phone" });
  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const csv = readFileSync(await download.path(), "utf8");
  for (const product of PRODUCTS) expect(csv).toContain(product.sku);
  await admin.goto("/activity");
  await expect(admin.getByRole("button", { name: "Export CSV" })).toHaveAttribute(
    "href",
    "/api/activity?format=csv",
  );

  // Restore previous text from the image's History brings the old title back as image.restore.
  await staff.goto(`/images/${guid}`);
  const history = staff.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  expect(await seriousViolations(staff)).toEqual([]);
  await screenshots(staff, "image-history", { axe: "phone" });
  await history.getByRole("button", { name: "Restore previous text" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("Restored text of");
  const feed = (await (await staff.request.get(`/api/activity?image=${guid}`)).json()) as {
    entries: { id: string; action: string; outcome: string; restore_of: string | null }[];
  };
  expect(feed.entries.map((e) => [e.action, e.outcome])).toEqual([
    ["image.restore", "ok"],
    ["image.update", "ok"],
  ]);
  expect(feed.entries[0]!.restore_of).toBe(feed.entries[1]!.id);

  // Artists see the History but no Restore buttons.
  const artist = await signedIn(browser, "artist");
  await artist.goto(`/images/${guid}`);
  const artistHistory = artist.getByRole("region", { name: "History" });
  await expect(artistHistory.getByRole("listitem")).toHaveCount(2);
  await expect(artistHistory.getByRole("button", { name: "Restore previous text" })).toHaveCount(0);
});

for (const role of ["artist", "staff"] as const) {
  test(`${role} gets 403 on the removed-products page and no link to it`, async ({ browser }) => {
    const page = await signedIn(browser, role);
    const response = await page.goto("/admin/removed-products");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Removed products" })).toHaveCount(0);
    await page.goto("/images");
    await expect(page.getByRole("link", { name: "Activity", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Removed products", exact: true })).toHaveCount(0);
  });
}
