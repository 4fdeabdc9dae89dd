// Makes sure a Chromium exists for the browser tests, installing one when it can:
// Playwright's own download where the network allows it, else Debian's package as root.
import { spawnSync } from "node:child_process";
import { findChromium } from "./lib/chromium.mjs";

export function ensureChromium() {
  if (findChromium() !== undefined) return true;
  console.info("[chromium] no Chromium found; trying Playwright's download...");
  const pw = spawnSync("npx", ["playwright", "install", "chromium"], {
    stdio: "inherit",
    timeout: 300_000,
  });
  if (pw.status === 0 && findChromium() !== undefined) return true;
  if (process.getuid?.() === 0 && spawnSync("which", ["apt-get"]).status === 0) {
    console.info("[chromium] installing Debian's chromium package...");
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    const apt = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (apt.status === 0 && findChromium() !== undefined) return true;
  }
  console.error(
    "[chromium] No Chromium found. Install one (`sudo apt-get install chromium`, or `npx playwright install chromium`) or set PLAYWRIGHT_CHROMIUM_PATH to its executable.",
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureChromium() ? 0 : 1);
}
