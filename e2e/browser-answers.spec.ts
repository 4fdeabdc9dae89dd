import type { Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./support/fixtures";
import { saveScreenshot } from "./support/screens";
import { SEEDED_GUID } from "../test/harness/fixtures/api-cases";
import { gotoLibrary } from "./support/library";

// What the browser does with answers and URLs it cannot use. The server never sends a malformed
// list, so the route is fulfilled here: the point is the browser's parse, not the server.

const MALFORMED = [
  { name: "images not a list", body: { images: "all", page_number: 2, per_page: 24, count: 9 } },
  { name: "count as text", body: { images: [], page_number: 2, per_page: 24, count: "9" } },
  {
    name: "an image without guid",
    body: { images: [{ id: 1 }], page_number: 2, per_page: 24, count: 9 },
  },
  { name: "not JSON", body: "<html>proxy error</html>" },
];

async function answerListsWith(page: Page, body: unknown): Promise<void> {
  await page.route(
    (url) => url.pathname === "/api/images",
    (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
  );
}

test.describe("answers the browser cannot read", () => {
  test.use({ storageState: storageStateFor("artist") });

  for (const { name, body } of MALFORMED) {
    test(`a list answer with ${name} shows the error state`, async ({ page }) => {
      // Before the first paint: the page prefetches the next page as soon as it shows one.
      await answerListsWith(page, body);
      await gotoLibrary(page);
      await expect(page.getByRole("article").first()).toBeVisible();
      await page.getByRole("button", { name: "Next page" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "Images could not be loaded" });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText("The server sent an answer that could not be read.");
      await expect(alert.getByRole("button", { name: /retry|try again/i })).toBeVisible();
    });
  }

  test("the error state at two sizes, light and dark", async ({ page }) => {
    await answerListsWith(page, MALFORMED[0]?.body);
    await gotoLibrary(page);
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
    for (const [label, size] of [
      ["desktop", { width: 1440, height: 900 }],
      ["mobile", { width: 390, height: 844 }],
    ] as const) {
      for (const scheme of ["light", "dark"] as const) {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await saveScreenshot(page, `library-unreadable-answer-${label}-${scheme}`);
      }
    }
  });
});

test.describe("page URLs with numbers that are not decimal", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("fall back to the defaults instead of being read as hex or exponents", async ({ page }) => {
    await page.goto("/images?per_page=0x10&page=1e1&guids=,,,");
    await expect(page.getByRole("article")).toHaveCount(24);
    await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 1 of");
  });
});

test.describe("guids in page URLs", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("an image page addressed in upper case shows that image", async ({ page }) => {
    const response = await page.request.get(`/api/images?guids=${SEEDED_GUID}&products=false`);
    const { images } = (await response.json()) as { images: { title: string }[] };
    const title = images[0]?.title ?? "";
    expect(title).not.toBe("");
    await page.goto(`/images/${SEEDED_GUID.toUpperCase()}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(SEEDED_GUID, { exact: true })).toBeVisible();
  });
});
