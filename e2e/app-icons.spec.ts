import { expect, storageStateFor, test } from "./support/fixtures";

// Every page names its icons, and the browser's default /favicon.ico request is answered too.
test.describe("app icons", () => {
  test.use({ storageState: storageStateFor("artist") });

  for (const path of ["/login", "/images", "/images/new"]) {
    test(`${path} links icons that load, and /favicon.ico answers`, async ({ page, request }) => {
      const missing: string[] = [];
      page.on("response", (r) => {
        if (r.status() === 404) missing.push(r.url());
      });
      await page.goto(path);
      const links = page.locator('link[rel="icon"], link[rel="apple-touch-icon"]');
      await expect.poll(() => links.count()).toBeGreaterThanOrEqual(2);
      for (const href of await links.evaluateAll((els) =>
        els.map((el) => (el as HTMLLinkElement).href),
      )) {
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()["content-type"], href).toMatch(/^image\//);
      }
      const favicon = await request.get("/favicon.ico");
      expect(favicon.status()).toBe(200);
      expect(favicon.headers()["content-type"]).toMatch(/^image\//);
      expect(missing).toEqual([]);
    });
  }
});
