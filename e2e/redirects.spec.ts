// callbackUrl never leads off this site: the server redirect of an already signed-in /login, and a
// real form sign-in in the browser, over the table of tricky values in redirect-cases.ts.
import type { APIRequestContext } from "@playwright/test";
import { E2E_APP_PORT } from "./ports";
import { expect, storageStateFor, test } from "./fixtures";
import { redirectCases } from "./redirect-cases";

const ORIGIN = `http://localhost:${E2E_APP_PORT}`;
const CASES = redirectCases(ORIGIN);
const loginWith = (value: string) => `/login?callbackUrl=${encodeURIComponent(value)}`;
const pathOf = (url: URL) => `${url.pathname}${url.search}${url.hash}`;

test.describe("signed in, /login?callbackUrl= redirects on this site only", () => {
  let request: APIRequestContext;
  test.beforeAll(async ({ playwright }) => {
    request = await playwright.request.newContext({
      baseURL: ORIGIN,
      storageState: storageStateFor("artist"),
    });
  });
  test.afterAll(async () => {
    await request.dispose();
  });

  for (const c of CASES) {
    test(`${c.name}: ${JSON.stringify(c.value)} -> ${c.expected}`, async () => {
      const res = await request.get(loginWith(c.value), { maxRedirects: 0 });
      expect(res.status()).toBe(307);
      const location = new URL(res.headers().location ?? "", ORIGIN);
      expect(location.origin).toBe(ORIGIN);
      expect(pathOf(location)).toBe(c.expected);
    });
  }
});

test.describe("a form sign-in ends on this site", () => {
  for (const c of CASES.filter((c) => c.browser)) {
    test(`${c.name}: ${JSON.stringify(c.value)} -> ${c.expected}`, async ({ page }) => {
      const leftSite: string[] = [];
      page.on("request", (req) => {
        if (req.isNavigationRequest() && !req.url().startsWith(ORIGIN)) leftSite.push(req.url());
      });
      await page.goto(loginWith(c.value));
      await page.getByLabel("Email").fill("artist@example.com");
      await page.getByLabel("Password").fill("demo-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL((url) => url.origin === ORIGIN && pathOf(url) === c.expected);
      await expect(page.getByRole("banner").getByText("Ada Artist")).toBeVisible();
      expect(leftSite).toEqual([]);
    });
  }
});
