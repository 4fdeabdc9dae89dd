// `npm test`: every check, in order, stopping at the first failure; prints a summary line.
import { spawnSync } from "node:child_process";

const steps = [
  ["format (prettier --check)", ["npx", "prettier", "--check", "--log-level=warn", "."]],
  ["lint", ["npx", "eslint", ".", "--max-warnings=0"]],
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  ["unit + integration (vitest)", ["npx", "vitest", "run"]],
  ["end-to-end (playwright)", ["node", "scripts/e2e.mjs"]],
];

const started = Date.now();
for (const [name, [command, ...args]] of steps) {
  const t0 = Date.now();
  console.info(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.info(`✓ ${name} (${seconds}s)`);
}
console.info(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
