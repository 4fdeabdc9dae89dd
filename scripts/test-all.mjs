// `npm test`: every check, in order, stopping at the first failure; prints a summary line.
// A throwaway PostgreSQL and Redis run for the whole command (their URLs reach vitest and
// Playwright as TEST_DATABASE_URL / TEST_REDIS_URL) and are stopped at the end.
import { spawnSync } from "node:child_process";
import { startTestServices } from "./lib/test-services.mjs";

/** @type {[name: string, command: [string, ...string[]]][]} */
const steps = [
  ["format (prettier --check)", ["npx", "prettier", "--check", "--log-level=warn", "."]],
  ["lint", ["npm", "run", "lint"]],
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  ["unit + integration (vitest)", ["npx", "vitest", "run"]],
  ["end-to-end (playwright)", ["node", "scripts/e2e.mjs"]],
];

const started = Date.now();
const t0 = Date.now();
const services = await startTestServices();
const names = Object.keys(services.env).join(", ") || "none";
console.info(`[test-services] ${names} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
if (services.skipped) console.warn(services.skipped);
const env = { ...process.env, ...services.env, TEST_SERVICES: "started" };
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    services.stop();
    process.exit(130);
  });
}

let failed = 0;
for (const [name, [command, ...args]] of steps) {
  const t0 = Date.now();
  console.info(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    failed = result.status ?? 1;
    break;
  }
  console.info(`✓ ${name} (${seconds}s)`);
}
services.stop();
if (failed) process.exit(failed);
console.info(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
