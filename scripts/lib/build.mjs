// `next build` only when the sources changed since the last build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "package.json",
  "next.config.mjs",
  "tailwind.config.ts",
  "tsconfig.json",
  "proxy.ts",
];

/** @param {string} path @returns {number} the newest modification time below it (ms) */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIfNeeded({ force = false } = {}) {
  const marker = ".next/BUILD_ID";
  const stale =
    force || !existsSync(marker) || SOURCES.some((s) => newestMtime(s) > statSync(marker).mtimeMs);
  if (!stale) {
    console.info("[build] the production build is up to date");
    return;
  }
  console.info("[build] building the dashboard (next build)...");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
