import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const EXCLUDE = ["node_modules/**", ".next/**", "e2e/**", "data/**"];
const INTEGRATION = "**/*.int.test.{ts,tsx}";

// Two tiers, told apart by the file name (README, "Tests"):
// - unit: `*.test.ts(x)`, pure: no emulator, store, Redis or any server (test/harness/unit-guard.ts
//   refuses them); `npm run test:fast`.
// - integration: `*.int.test.ts(x)`, route, store and emulator tests over real HTTP, on SQLite and
//   on the throwaway PostgreSQL and Redis of test/harness/global-setup.ts; `npm run test:integration`.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests import server modules directly.
      { find: /^server-only$/, replacement: `${root}/test/harness/empty-module.ts` },
    ],
  },
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        resolve: {
          alias: [
            {
              find: /^(better-sqlite3|pg|ioredis)$/,
              replacement: `${root}/test/harness/unit-guard.ts`,
            },
          ],
        },
        test: {
          name: "unit",
          include: ["**/*.test.{ts,tsx}"],
          exclude: [...EXCLUDE, INTEGRATION],
          setupFiles: ["./test/harness/unit-guard.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: [INTEGRATION],
          exclude: EXCLUDE,
          // Throwaway PostgreSQL and Redis for their suites (see scripts/lib/test-services.mjs).
          globalSetup: ["./test/harness/global-setup.ts"],
        },
      },
    ],
  },
});
