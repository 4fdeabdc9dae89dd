import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium.mjs";
import { E2E_APP_PORT, E2E_EMULATOR_PORT } from "./e2e/ports";

const executablePath = findChromium() || undefined;
const baseURL = `http://localhost:${E2E_APP_PORT}`;

// The app under test is the production build in emulator mode, beside its own emulator on
// ports that do not clash with a running `npm run demo`.
const appEnv = {
  EMULATOR_PORT: String(E2E_EMULATOR_PORT),
  NEXTAUTH_URL: baseURL,
  RATE_LIMIT_PER_MINUTE: "100000",
  // Every test signs in from 127.0.0.1: per-address sign-in limits would stop the suite.
  SIGN_IN_ATTEMPTS_PER_MINUTE: "100000",
  SIGN_IN_ADDRESS_MAX_FAILURES: "100000",
  FINERWORKS_TIMEOUT_MS: "4000",
  // Its own history store, emptied before each run (see the webServer command).
  DATABASE_URL: "file:data/e2e-app.db",
  LOG_LEVEL: "info",
};

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
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
  webServer: [
    {
      command: "npx tsx emulator/main.ts --reset",
      url: `http://127.0.0.1:${E2E_EMULATOR_PORT}/__emulator/stats`,
      env: { EMULATOR_PORT: String(E2E_EMULATOR_PORT), EMULATOR_DATA_DIR: "data/e2e-emulator" },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
    },
    {
      command: `rm -f data/e2e-app.db data/e2e-app.db-wal data/e2e-app.db-shm && mkdir -p test-results && npx next start -p ${E2E_APP_PORT} 2>&1 | tee test-results/app-server.log`,
      url: `${baseURL}/login`,
      env: appEnv,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
    },
  ],
});
