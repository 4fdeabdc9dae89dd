import type { Page } from "@playwright/test";
import { USERS } from "../test/harness/fixtures/users";
import { expect, storageStateFor, test } from "./support/fixtures";
import { saveScreenshot } from "./support/screens";

for (const user of Object.values(USERS)) {
  test(`${user.role} signs in, sees name and role, and signs out`, async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByText("Demo users (emulator mode)")).toBeVisible();
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/images/);

    const banner = page.getByRole("banner");
    await expect(banner.getByText(user.name)).toBeVisible();
    await expect(banner.getByText(`Role: ${user.role}`, { exact: true })).toBeVisible();
    const adminLink = banner.getByRole("link", { name: "Admin" });
    if (user.role === "admin") await expect(adminLink).toBeVisible();
    else await expect(adminLink).toHaveCount(0);
    if (user.role === "admin") await saveScreenshot(page, "header-admin");

    await banner.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/images");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fimages/);
  });
}

// Next.js keeps an empty role="alert" route announcer in every page: look for ours by its text.
const signInError = (page: Page) => page.locator("#sign-in-error[role=alert]");

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("staff@example.com");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(signInError(page)).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login/);
  await saveScreenshot(page, "login-error");
});

test("five failed sign-ins lock the email for 15 minutes", async ({ page }) => {
  const email = `lockout-${Date.now()}@example.com`; // never a demo user: the other tests need them
  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(signInError(page)).toHaveText(
      i < 5 ? "Wrong email or password." : /Too many failed sign-ins/,
    );
  }
  await page.getByLabel("Password").fill("wrong-6");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(signInError(page)).toHaveText(/Too many failed sign-ins for this email.*15 minutes/);
});

test("an artist sees a 403 page at /admin", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("artist") });
  const page = await context.newPage();
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
  await context.close();
});
