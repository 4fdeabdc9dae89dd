import { test as setup, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";

const ROLES = ["artist", "staff", "admin"] as const;

// Signs in once per demo user through the real form and saves the session for the specs.
for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    mkdirSync("e2e/.auth", { recursive: true });
    await page.goto("/login");
    await page.getByLabel("Email").fill(`${role}@example.com`);
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/images/);
    await page.context().storageState({ path: `e2e/.auth/${role}.json` });
  });
}
