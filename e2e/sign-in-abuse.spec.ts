import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { encode, type JWT } from "next-auth/jwt";
import { expect, test } from "./support/fixtures";
import { saveScreenshot } from "./support/screens";

const signInError = (page: Page) => page.locator("#sign-in-error[role=alert]");

async function signInThroughForm(page: Page, email: string, password = "demo-password") {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function contextWithCookie(browser: Browser, baseURL: string, cookie: string) {
  const context = await browser.newContext();
  await context.addCookies([{ name: "next-auth.session-token", value: cookie, url: baseURL }]);
  return context;
}

test("sign-out revokes the session on the server: a copied cookie is refused afterwards", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, "staff@example.com");
  await expect(page).toHaveURL(/\/images/);
  const copied = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(copied?.value).toBeTruthy();

  const before = await contextWithCookie(browser, baseURL!, copied!.value);
  expect((await before.request.get("/api/images?per_page=1")).status()).toBe(200);

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await context.close();

  expect((await before.request.get("/api/images?per_page=1")).status()).toBe(401);
  const afterPage = await before.newPage();
  await afterPage.goto("/images");
  await expect(afterPage).toHaveURL(/\/login\?callbackUrl=%2Fimages/);
  await expect(afterPage.getByRole("heading", { name: "Sign in" })).toBeVisible();
  // next-auth's own session endpoint does not bring it back either.
  const session = await before.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await before.close();
});

test("a session token without an email or a role is signed out, with no redirect loop", async ({
  browser,
  baseURL,
}) => {
  const secret = process.env.NEXTAUTH_SECRET ?? readFileSync("data/auth-secret", "utf8").trim();
  const tokens: JWT[] = [
    { name: "Nobody", role: "admin", sid: "no-email" },
    { email: "admin@example.com", name: "Alex", sid: "no-role" },
  ];
  for (const token of tokens) {
    const context = await contextWithCookie(browser, baseURL!, await encode({ token, secret }));
    expect((await context.request.get("/api/images?per_page=1")).status()).toBe(401);
    const page = await context.newPage();
    await page.goto("/images");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fimages/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await context.close();
  }
});

test("the minutes of a sign-in pause come from the server, not from the URL", async ({ page }) => {
  await page.goto("/login?error=AccountLocked:999");
  await expect(signInError(page)).toHaveText(/Too many failed sign-ins.*try again later/);
  await expect(signInError(page)).not.toContainText("999");

  // A real pause: the form asks the server, which knows it started just now.
  const email = `paused-${Date.now()}@example.com`;
  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(signInError(page)).toHaveText(
      i < 5 ? "Wrong email or password." : /for this email.*try again in 15 minutes\./,
    );
  }
  // The message as people see it, on a desktop and a phone, light and dark.
  for (const [size, width, height] of [
    ["desktop", 1440, 900],
    ["phone", 390, 844],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await expect(signInError(page)).toBeVisible();
      await saveScreenshot(page, `login-paused-${size}-${scheme}`);
    }
  }
});
