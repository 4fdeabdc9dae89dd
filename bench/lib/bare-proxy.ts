// Builds (when its sources are newer than the build) and starts bench/bare-proxy: the floor a
// Next route handler that only forwards costs, measured beside the app in the same run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { RunningEmulator } from "@/emulator/server";

const DIR = "bench/bare-proxy";
const SOURCES = ["app/api/images/route.js", "list-request.mjs", "next.config.mjs"].map((f) =>
  join(DIR, f),
);
const NEXT_BIN = "node_modules/next/dist/bin/next";

function buildIfStale(): void {
  const buildId = join(DIR, ".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (SOURCES.every((s) => statSync(s).mtimeMs < builtAt)) return;
  const result = spawnSync(process.execPath, [NEXT_BIN, "build", DIR], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`building ${DIR} failed`);
}

export interface BareProxy {
  baseUrl: string;
  stop(): void;
}

export async function startBareProxy(emulator: RunningEmulator, port: number): Promise<BareProxy> {
  buildIfStale();
  const app = spawn(process.execPath, [NEXT_BIN, "start", DIR, "-p", String(port)], {
    env: {
      ...process.env,
      BARE_UPSTREAM_URL: emulator.url,
      BARE_WEB_API_KEY: "emulator-web-api-key",
      BARE_APP_KEY: "emulator-app-key",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      if (app.pid) process.kill(-app.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", stop);
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/images?per_page=1`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${DIR} did not come up on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    stop() {
      stop();
      process.off("exit", stop);
    },
  };
}
