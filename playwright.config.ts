import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium.mjs";

const executablePath = findChromium() || undefined;

// One worker per core (E2E_WORKERS moves it). Each worker runs its own emulator and its own
// production server (`next start` of the build scripts/e2e.mjs made) on ports of its own, with a
// store of its own: the `stack` fixture in e2e/support/fixtures.ts. So every test may run beside
// any other, in any order.
const workers = Number(process.env.E2E_WORKERS) || availableParallelism();

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/artifacts",
  fullyParallel: true,
  workers,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
      dependencies: ["setup"],
    },
  ],
});
