import { readFileSync } from "node:fs";
import { expect, storageStateFor, test } from "./support/fixtures";
import { imagesSettled } from "./support/hostile";
import { LONG_AGO, unique } from "./support/library";
import { parseCsv } from "../test/harness/csv";
import {
  apiRows,
  bodyRows,
  isLoss,
  libraryProducts,
  scanFromPage,
  shownCount,
  tableSettled,
} from "./support/products";

// The admin product review against the real emulator and store: a scan with visible progress,
// the table against list_images, sort, the Loss filter, the CSV, sanitised details and a staff
// edit that removes products from the snapshot at once.

test.use({ storageState: storageStateFor("admin") });
test.describe.configure({ timeout: 120_000 });

test("a scan shows its progress, and the table lists exactly the library's products", async ({
  page,
  emulator,
}) => {
  await emulator.setFault({ endpoint: "list_images", kind: "latency", latency_ms: 600 });
  await scanFromPage(page, "", true);
  await emulator.clearFaults();
  const truth = await libraryProducts(page.request);
  expect(truth.length).toBeGreaterThan(0);
  expect(await shownCount(page)).toBe(truth.length);
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary.getByText(String(truth.length), { exact: true }).first()).toBeVisible();
  // The table's rows are the API's rows, first one first.
  const rows = await apiRows(page.request);
  expect(rows.map((r) => r.sku).sort()).toEqual(truth.map((p) => p.sku).sort());
  await expect(bodyRows(page).first()).toContainText(rows[0]!.sku);
});

test("the page carries the accessible names the issue lists, exactly", async ({ page }) => {
  await scanFromPage(page);
  await expect(
    page.getByRole("heading", { level: 1, name: "Products", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh", exact: true })).toBeVisible();
  const table = page.getByRole("table");
  for (const column of ["SKU", "Cost", "Asking price", "Margin"])
    await expect(table.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Search products", exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Flag", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export CSV", exact: true })).toBeVisible();
  const first = bodyRows(page).first();
  await first.click();
  const panel = page.getByRole("dialog");
  const name = (await apiRows(page.request))[0]!.name;
  await expect(panel).toHaveAccessibleName(name);
  await expect(panel.getByRole("button", { name: "Close", exact: true })).toBeVisible();
});

test("sort by margin ascending puts the lowest margin first; Loss shows exactly the losses; the CSV has the same rows", async ({
  page,
  emulator,
}) => {
  // The demo library prices everything above cost: plant a loss and a break-even product.
  const stamp = Date.now();
  await emulator.addImages({
    library: "inventory",
    images: [
      {
        title: unique("E2E losses"),
        date_added: LONG_AGO,
        products: [
          { name: "Loss print", sku: `E2E-LOSS-${stamp}`, per_item_price: 35, asking_price: 20 },
          { name: "Even print", sku: `E2E-EVEN-${stamp}`, per_item_price: 30, asking_price: 30 },
        ],
      },
    ],
  });
  await scanFromPage(page);
  const truth = await libraryProducts(page.request);

  await page.getByRole("columnheader", { name: "Margin" }).getByRole("button").click();
  await expect(page).toHaveURL(/sort=margin/);
  await expect(page.getByRole("columnheader", { name: "Margin" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await tableSettled(page);
  const margins = truth
    .filter((p) => p.asking_price !== null && p.asking_price > 0)
    .map((p) => Math.round((p.asking_price! - p.per_item_price) * 100) / 100);
  const lowest = Math.min(...margins);
  const firstRow = (await apiRows(page.request, "sort=margin&dir=asc"))[0]!;
  expect(firstRow.margin).toBe(lowest);
  await expect(bodyRows(page).first()).toContainText(firstRow.sku);

  await page.getByRole("combobox", { name: "Flag" }).selectOption({ label: "Loss" });
  await expect(page).toHaveURL(/flag=loss/);
  await tableSettled(page);
  const losses = truth.filter(isLoss);
  expect(losses.length).toBeGreaterThan(0);
  expect(await shownCount(page)).toBe(losses.length);
  const lossRows = await apiRows(page.request, "flag=loss&sort=margin&dir=asc");
  expect(lossRows.map((r) => r.sku).sort()).toEqual(losses.map((p) => p.sku).sort());
  for (const row of lossRows) expect(row.asking_price!).toBeLessThanOrEqual(row.per_item_price);

  // Back and forward replay the URL's state.
  await page.goBack();
  await expect(page.getByRole("combobox", { name: "Flag" })).toHaveValue("");
  await page.goForward();
  await expect(page.getByRole("combobox", { name: "Flag" })).toHaveValue("loss");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const [header, ...records] = parseCsv(
    readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""),
  );
  const sku = header!.indexOf("SKU");
  expect(records.map((r) => r[sku])).toEqual(lossRows.map((r) => r.sku));
});

test("the side panel shows a product's sanitised details, by keyboard; Esc closes it", async ({
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
            name: "Hostile framed print",
            sku: `E2E-HOST-${Date.now()}`,
            per_item_price: 40,
            asking_price: 90,
            description_long:
              '<p>Nice <b>print</b></p><img src="x" onerror="window.__xss = \'onerror\'"><script>window.__xss = "script"</script>',
            image_url_1: "https://cdn.example.com/mockup-1.jpg",
          },
        ],
      },
    ],
  });
  await scanFromPage(page, `?q=${encodeURIComponent(title)}`);
  expect(await shownCount(page)).toBe(1);
  const row = bodyRows(page).first();
  await row.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog", { name: "Hostile framed print" });
  await expect(panel).toBeVisible();
  await expect(panel.getByText("Nice")).toBeVisible();
  await expect(panel.getByRole("link", { name: title })).toBeVisible();
  await expect(panel.getByRole("link", { name: /mock-up 1$/ })).toBeVisible();
  await imagesSettled(panel);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await panel.locator("script, [onerror]").count()).toBe(0);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(row).toBeFocused();
  await row.click();
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("the side panel shows the row at once, says when its details fail, and Retry loads them", async ({
  page,
}) => {
  await scanFromPage(page, "?sort=sku");
  const [first] = await apiRows(page.request, "sort=sku");
  // The one failure a real store will not give on cue: the details request (and the one automatic
  // retry of a 5xx) answers 503.
  const detailsUrl = /\/api\/products\/[0-9a-f-]+(%3A|:)\d+$/i;
  let failures = 2;
  await page.route(detailsUrl, (route) =>
    failures-- > 0
      ? route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "unavailable", message: "The store is busy." } }),
        })
      : route.continue(),
  );
  await bodyRows(page).first().locator("td").nth(2).click();
  const panel = page.getByRole("dialog", { name: first!.name });
  await expect(panel).toContainText(first!.sku);
  const alert = panel.getByRole("alert");
  await expect(alert).toContainText("The store is busy.");
  const answer = page.waitForResponse(detailsUrl);
  await alert.getByRole("button", { name: "Retry" }).click();
  expect((await answer).status()).toBe(200);
  await expect(alert).toHaveCount(0);
  await expect(panel.getByRole("status", { name: "Loading the product's details" })).toHaveCount(0);
});

test("arrow keys move between rows and Enter opens the focused one", async ({ page }) => {
  await scanFromPage(page, "?sort=sku");
  const rows = await apiRows(page.request, "sort=sku");
  await bodyRows(page).first().focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: rows[1]!.name })).toContainText(rows[1]!.sku);
});

test("a staff edit that removes products takes them off the table without a rescan", async ({
  page,
  playwright,
  emulator,
  baseURL,
}) => {
  const title = unique("E2E products edited away");
  const sku = `E2E-GONE-${Date.now()}`;
  const added = await emulator.addImages({
    library: "inventory",
    images: [
      {
        title,
        description: "Soon without products.",
        date_added: LONG_AGO,
        products: [{ name: "Canvas wrap", sku, per_item_price: 30, asking_price: 80 }],
      },
    ],
  });
  await scanFromPage(page, `?q=${encodeURIComponent(title)}`);
  expect(await shownCount(page)).toBe(1);

  const staff = await playwright.request.newContext({
    baseURL,
    storageState: storageStateFor("staff"),
  });
  const response = await staff.patch("/api/images", {
    headers: { origin: baseURL! },
    data: { images: [{ guid: added.images[0]!.guid, title: `${title} renamed` }] },
  });
  expect(response.status()).toBe(200);
  await staff.dispose();

  await page.reload();
  await tableSettled(page);
  expect(await shownCount(page)).toBe(0);
  expect(await apiRows(page.request, `q=${encodeURIComponent(sku)}`)).toEqual([]);
});

for (const role of ["artist", "staff"] as const) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });
    test("the page and the API answer 403 and the navigation has no Products", async ({ page }) => {
      const response = await page.goto("/admin/products");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
      await expect(
        page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name: "Products", exact: true }),
      ).toHaveCount(0);
      for (const [method, path] of [
        ["GET", "/api/products"],
        ["GET", "/api/products?format=csv"],
        ["GET", "/api/products/scan"],
        ["POST", "/api/products/scan"],
        ["DELETE", "/api/products/scan"],
      ] as const) {
        const answer = await page.request.fetch(path, {
          method,
          headers: { origin: new URL(page.url()).origin, "content-type": "application/json" },
          data: method === "POST" ? {} : undefined,
        });
        expect(answer.status(), `${method} ${path}`).toBe(403);
      }
    });
  });
}
