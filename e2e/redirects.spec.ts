// callbackUrl never leads off this site: the server redirect of an already signed-in /login, and a
// real form sign-in in the browser, over the table of tricky values in test/harness/fixtures/redirect-cases.ts.
import type { APIRequestContext } from "@playwright/test";
import { redirectCases, type RedirectCase } from "../test/harness/fixtures/redirect-cases";
import { expect, storageStateFor, test } from "./support/fixtures";

// The table is made for the worker's own origin; titles name each case (its value holds that
// origin, which differs from worker to worker, and every worker must see the same titles).
const NAMES = redirectCases("http://localhost").map((c) => c.name);
const caseNamed = (origin: string, name: string): RedirectCase =>
  redirectCases(origin).find((c) => c.name === name)!;
const loginWith = (value: string) => `/login?callbackUrl=${encodeURIComponent(value)}`;
const pathOf = (url: URL) => `${url.pathname}${url.search}${url.hash}`;

test.describe("signed in, /login?callbackUrl= redirects on this site only", () => {
  let request: APIRequestContext;
  test.beforeAll(async ({ playwright, stack }) => {
    request = await playwright.request.newContext({
      baseURL: stack.baseURL,
      storageState: storageStateFor("artist"),
    });
  });
  test.afterAll(async () => {
    await request.dispose();
  });

  for (const name of NAMES) {
    const expected = caseNamed("http://localhost", name).expected;
    test(`${name} -> ${expected}`, async ({ baseURL }) => {
      const origin = baseURL!;
      const c = caseNamed(origin, name);
      const res = await request.get(loginWith(c.value), { maxRedirects: 0 });
      expect(res.status(), JSON.stringify(c.value)).toBe(307);
      const location = new URL(res.headers().location ?? "", origin);
      expect(location.origin).toBe(origin);
      expect(pathOf(location)).toBe(c.expected);
    });
  }
});

test.describe("a form sign-in ends on this site", () => {
  for (const name of NAMES.filter((n) => caseNamed("http://localhost", n).browser)) {
    const expected = caseNamed("http://localhost", name).expected;
    test(`${name} -> ${expected}`, async ({ page, baseURL }) => {
      const origin = baseURL!;
      const c = caseNamed(origin, name);
      const leftSite: string[] = [];
      page.on("request", (req) => {
        if (req.isNavigationRequest() && !req.url().startsWith(origin)) leftSite.push(req.url());
      });
      await page.goto(loginWith(c.value));
      await page.getByLabel("Email").fill("artist@example.com");
      await page.getByLabel("Password").fill("demo-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL((url) => url.origin === origin && pathOf(url) === c.expected);
      await expect(page.getByRole("banner").getByText("Ada Artist")).toBeVisible();
      expect(leftSite).toEqual([]);
    });
  }
});
