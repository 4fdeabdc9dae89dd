// The test tiers, alone or all in order (README, "Tests"):
//   node scripts/test-all.mjs fast          prettier, lint, typecheck and the unit tests, side by side
//   node scripts/test-all.mjs integration   route, store and emulator tests on SQLite, PostgreSQL, Redis
//   node scripts/test-all.mjs e2e           production build, then Playwright
//   node scripts/test-all.mjs               all three (`npm test`), stopping at the first failure
// A throwaway PostgreSQL and Redis (scripts/lib/test-services.mjs) run for the tiers that use them;
// their URLs reach vitest and Playwright as TEST_DATABASE_URL / TEST_REDIS_URL. The last line is
// the summary, and says what was skipped when PostgreSQL or Redis is not installed.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { startTestServices } from "./lib/test-services.mjs";

/**
 * @typedef {{ name: string, command: [string, ...string[]] }} Step
 * @typedef {{ name: string, services: boolean, parallel: boolean, steps: Step[] }} Tier
 */

/** @type {Record<string, Tier>} */
const TIERS = {
  fast: {
    name: "fast",
    services: false,
    // Four single-threaded tools: side by side they take about as long as the slowest (lint).
    parallel: true,
    steps: [
      { name: "lint", command: ["npm", "run", "--silent", "lint"] },
      { name: "unit tests (vitest)", command: ["npx", "vitest", "run", "--project", "unit"] },
      { name: "typecheck", command: ["npm", "run", "--silent", "typecheck"] },
      { name: "format (prettier --check)", command: ["npm", "run", "--silent", "format:check"] },
    ],
  },
  integration: {
    name: "integration",
    services: true,
    parallel: false,
    steps: [
      {
        name: "integration tests (vitest)",
        command: ["npx", "vitest", "run", "--project", "integration"],
      },
    ],
  },
  e2e: {
    name: "e2e",
    services: true,
    parallel: false,
    steps: [{ name: "end-to-end (playwright)", command: ["node", "scripts/e2e.mjs"] }],
  },
};

const asked = process.argv[2];
if (asked !== undefined && !(asked in TIERS)) {
  console.error(`usage: node scripts/test-all.mjs [${Object.keys(TIERS).join("|")}]`);
  process.exit(2);
}
/** @type {Tier[]} */
const tiers = asked ? [/** @type {Tier} */ (TIERS[asked])] : Object.values(TIERS);

const seconds = (/** @type {number} */ since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/**
 * Runs one step. `buffered`: its output is held and printed in one piece when it ends, so steps
 * running side by side do not interleave their lines.
 * @param {Step} step
 * @param {NodeJS.ProcessEnv} env
 * @param {boolean} buffered
 * @returns {Promise<{ step: Step, code: number, took: string }>}
 */
function runStep(step, env, buffered) {
  const started = Date.now();
  const [command, ...args] = step.command;
  if (!buffered) console.info(`\n=== ${step.name} ===`);
  return new Promise((resolve) => {
    /** @type {import("node:child_process").StdioOptions} */
    const stdio = buffered ? ["ignore", "pipe", "pipe"] : "inherit";
    const child = spawn(command, args, { env, stdio });
    running.add(child);
    /** @type {Buffer[]} */
    const output = [];
    child.stdout?.on("data", (/** @type {Buffer} */ chunk) => output.push(chunk));
    child.stderr?.on("data", (/** @type {Buffer} */ chunk) => output.push(chunk));
    child.on("close", (code, signal) => {
      running.delete(child);
      const took = seconds(started);
      if (buffered) {
        console.info(`\n=== ${step.name} (${took}) ===`);
        process.stdout.write(Buffer.concat(output));
      }
      console.info(code === 0 ? `✓ ${step.name} (${took})` : `✗ ${step.name} failed after ${took}`);
      resolve({ step, code: code ?? (signal ? 1 : 0), took });
    });
  });
}

/** @param {Tier} tier @param {NodeJS.ProcessEnv} env */
async function runTier(tier, env) {
  if (!tier.parallel) {
    for (const step of tier.steps) {
      const result = await runStep(step, env, false);
      if (result.code !== 0) return result;
    }
    return undefined;
  }
  const queue = [...tier.steps];
  const width = Math.max(1, Number(process.env.TEST_FAST_JOBS) || availableParallelism());
  console.info(
    `\n=== ${tier.name}: ${queue.map((s) => s.name).join(", ")} (${width} at a time) ===`,
  );
  /** @type {{ step: Step, code: number, took: string } | undefined} */
  let failed;
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const result = await runStep(step, env, true);
      if (result.code !== 0) failed ??= result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, queue.length) }, lane));
  return failed;
}

/** @type {Set<import("node:child_process").ChildProcess>} */
const running = new Set();
/** @type {{ env: Record<string, string>, skipped: string, stop: () => void } | undefined} */
let services;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    services?.stop();
    process.exit(130);
  });
}

const started = Date.now();
/** @type {string[]} */
const took = [];
/** @type {NodeJS.ProcessEnv} */
let env = { ...process.env };
/** @type {{ step: Step, code: number, took: string } | undefined} */
let failure;
for (const tier of tiers) {
  const tierStarted = Date.now();
  if (tier.services && !services) {
    const t0 = Date.now();
    services = await startTestServices();
    const names = Object.keys(services.env).join(", ") || "none";
    console.info(`[test-services] ${names} (${seconds(t0)})`);
    if (services.skipped) console.warn(services.skipped);
    env = { ...env, ...services.env, TEST_SERVICES: "started" };
  }
  failure = await runTier(tier, env);
  took.push(`${tier.name} ${seconds(tierStarted)}`);
  if (failure) break;
}
services?.stop();

const skipped = services?.skipped
  ? ` (${services.skipped.replace(/^\[test-services\] /, "")})`
  : "";
const summary = `${took.join(", ")}; ${seconds(started)} in all`;
if (failure) {
  console.error(`\n✗ ${failure.step.name} failed: ${summary}${skipped}`);
  process.exit(failure.code);
}
console.info(
  `\n✓ ${tiers.length === 1 ? `The ${tiers[0]?.name} tier` : "All tiers"} passed: ${summary}${skipped}`,
);
