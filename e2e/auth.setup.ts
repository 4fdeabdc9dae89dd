import { mkdirSync } from "node:fs";
import { DEMO_PASSWORD, ROLES, USERS } from "../test/harness/fixtures/users";
import { expect, storageStateFor, test as setup } from "./support/fixtures";

setup.describe.configure({ mode: "default" }); // one worker, one stack: the sign-ins are quick

// Signs in once per demo user through the real form and saves the session for the specs. The
// cookie is for the host (cookies ignore ports), and every worker's app reads sessions with the
// same secret (data/auth-secret), so these sign-ins serve all workers.
for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    mkdirSync("e2e/.auth", { recursive: true });
    await page.goto("/login");
    await page.getByLabel("Email").fill(USERS[role].email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/images/);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
