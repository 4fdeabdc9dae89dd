// Helpers for the admin product review specs: the truth from the library (GET /api/images, which
// reads list_images), a scan driven from the page, and the table's rows.
import type { APIRequestContext, Page } from "@playwright/test";
import type { ImageDetails, ProductDetails } from "../../lib/schemas/finerworks";
import { productScanSchema, productsPageSchema, type ProductRow } from "../../lib/schemas/products";
import { expect } from "./fixtures";

export interface LibraryProduct extends ProductDetails {
  image_title: string;
}

/** Every product of the inventory library, page by page through the app's own list API. */
export async function libraryProducts(request: APIRequestContext): Promise<LibraryProduct[]> {
  const out: LibraryProduct[] = [];
  for (let page = 1; ; page++) {
    const response = await request.get(
      `/api/images?library=inventory&per_page=50&sort=id&dir=asc&page=${page}`,
    );
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { images: ImageDetails[]; count: number };
    for (const image of body.images)
      for (const product of image.products ?? [])
        out.push({ ...product, image_title: image.title });
    if (page * 50 >= body.count || body.images.length === 0) return out;
  }
}

/** Every row GET /api/products answers for a query string (all pages). */
export async function apiRows(request: APIRequestContext, qs = ""): Promise<ProductRow[]> {
  const rows: ProductRow[] = [];
  for (let page = 1; ; page++) {
    const response = await request.get(`/api/products?${qs}&per_page=500&page=${page}`);
    expect(response.status()).toBe(200);
    const body = productsPageSchema.parse(await response.json());
    rows.push(...body.products);
    if (rows.length >= body.count || body.products.length === 0) return rows;
  }
}

export const isLoss = (p: Pick<ProductDetails, "asking_price" | "per_item_price">) =>
  p.asking_price !== null && p.asking_price > 0 && p.asking_price <= p.per_item_price;

/**
 * Opens /admin/products, lets any running scan end, then scans now and waits for the new
 * snapshot. `progress`: the scan's progress must show (slow the emulator down to see it).
 */
export async function scanFromPage(page: Page, search = "", progress = false): Promise<void> {
  await page.goto(`/admin/products${search}`);
  await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
  const refresh = page.getByRole("button", { name: "Refresh" });
  await expect(refresh).toBeEnabled({ timeout: 60_000 });
  const clicked = Date.now();
  await refresh.click();
  if (progress)
    await expect(
      page.getByRole("status").filter({ hasText: "Scanning the library" }),
    ).toBeVisible();
  await expect
    .poll(
      async () => {
        const scan = productScanSchema.parse(
          await (await page.request.get("/api/products/scan")).json(),
        );
        return Date.parse(scan.started_at) >= clicked - 1000 ? scan.state : "older";
      },
      { timeout: 60_000 },
    )
    .toBe("done");
  await expect(refresh).toBeEnabled({ timeout: 10_000 });
  await expect(page.getByText(/^As of /)).toBeVisible();
  await tableSettled(page);
}

/** The table shows the rows of the query in the address bar (not a placeholder). */
export async function tableSettled(page: Page): Promise<void> {
  await expect(
    page.locator("section[aria-label='Product table'][aria-busy='false']"),
  ).toBeVisible();
}

/** "94 products (94 loaded)" -> 94. */
export async function shownCount(page: Page): Promise<number> {
  const text = await page
    .getByRole("status")
    .filter({ hasText: /products? \(|No products|No snapshot/ })
    .textContent();
  const match = /^([\d,]+) products?/.exec(text ?? "");
  return match ? Number(match[1]!.replace(/,/g, "")) : 0;
}

/** The data rows of the table currently rendered (virtualised: those in view). */
export function bodyRows(page: Page) {
  return page.getByRole("table").locator("tbody tr[data-index]");
}
