// `npm run test:e2e`: a fresh production build, then Playwright in Chromium.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-chromium.mjs";
import { buildIfNeeded } from "./lib/build.mjs";

if (!ensureChromium()) process.exit(1);
buildIfNeeded({ force: Boolean(process.env.CI) });
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
