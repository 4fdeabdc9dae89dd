// A second production server for specs that need settings the shared one cannot have (a tiny
// rate limit, a tiny upload quota). It runs the same build beside the same e2e emulator.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { expect, type Page } from "@playwright/test";
import type { Role } from "./fixtures";
import { E2E_EMULATOR_PORT } from "./ports";

export interface AppServer {
  baseURL: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(baseURL: string, child: ChildProcess, output: () => string) {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`app server exited:\n${output()}`);
    const up = await fetch(`${baseURL}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`app server did not start in 60 s:\n${output()}`);
}

/**
 * `next start` on a free port with `env` over the suite's settings. `host` is what `-H` binds
 * (default: every address); the base URL then names that address (0.0.0.0 is reached on 127.0.0.1).
 */
export async function startAppServer(
  env: Record<string, string>,
  options: { host?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  const { host } = options;
  const baseURL = `http://${host === undefined ? "localhost" : host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  let text = "";
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", `${port}`, ...(host ? ["-H", host] : [])],
    {
      env: {
        ...process.env,
        EMULATOR_PORT: String(E2E_EMULATOR_PORT),
        NEXTAUTH_URL: baseURL,
        FINERWORKS_TIMEOUT_MS: "4000",
        LOG_LEVEL: "info",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  await waitUntilUp(baseURL, child, () => text);
  return {
    baseURL,
    output: () => text,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Signs a page in through the real form; the browser lands where sign-in sends it. */
export async function signIn(page: Page, baseURL: string, role: Role): Promise<void> {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("Email").fill(`${role}@example.com`);
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/images/);
}
