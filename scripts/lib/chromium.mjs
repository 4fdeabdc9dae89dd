// Finds a Chromium for Playwright: PLAYWRIGHT_CHROMIUM_PATH, then the system package, then
// Playwright's own download. Returns undefined when none is there (the caller decides what to do).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** @returns {string | undefined} an executable path, or "" when Playwright's bundled browser exists */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  try {
    const require = createRequire(import.meta.url);
    /** @type {unknown} */
    const loaded = require("playwright-core");
    const { chromium } = /** @type {typeof import("playwright-core")} */ (loaded);
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return "";
  } catch {
    // playwright-core not installed or no registry entry: fall through
  }
  return undefined;
}

/** Flags for a sandboxed CI machine with no network beyond the package registries. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
