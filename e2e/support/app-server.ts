// Processes of the e2e stacks: `next start` (the production build) and the FinerWorks emulator.
// Each worker's own pair comes from the `stack` fixture (stack.ts); specs that need settings the
// worker's server cannot have (a tiny rate limit, a tiny upload quota, another host) start one
// more app server beside the worker's emulator with startAppServer().
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
import { createServer } from "node:net";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, USERS, type Role } from "../../test/harness/fixtures/users";
import { answers, waitUntil } from "./wait";

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

/** Refuses to start on a port someone else serves (a server left over, another checkout). */
async function assertFree(port: number, what: string): Promise<void> {
  const taken = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(true));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(false)));
  });
  if (taken)
    throw new Error(
      `${what}: port ${port} is in use (move the e2e ports with E2E_APP_PORT / E2E_EMULATOR_PORT)`,
    );
}

const running = new Set<ChildProcess>();
// A worker that dies leaves no server behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export interface ServerProcess {
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * A long-lived child process, up once `readyUrl` answers. Its output is kept (and, with `logFile`,
 * written there as it comes).
 */
export async function startProcess(options: {
  name: string;
  args: string[];
  env: Record<string, string>;
  readyUrl: string;
  port: number;
  logFile?: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  await assertFree(options.port, options.name);
  let text = "";
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  const child = spawn(process.execPath, options.args, {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => running.delete(child));
  for (const stream of [child.stdout, child.stderr])
    stream.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      log?.write(chunk);
    });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
  };
  try {
    await waitUntil(
      `${options.name} at ${options.readyUrl}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`${options.name} exited:\n${text}`);
        return answers(options.readyUrl);
      },
      { timeoutMs: options.timeoutMs ?? 90_000, intervalMs: 200 },
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${text.slice(-4000)}`);
  }
  return { output: () => text, stop };
}

/** The settings every e2e app server runs with (a spec's own `env` goes over them). */
export function appServerEnv(baseURL: string, emulatorPort: number): Record<string, string> {
  return {
    EMULATOR_PORT: String(emulatorPort),
    NEXTAUTH_URL: baseURL,
    FINERWORKS_TIMEOUT_MS: "4000",
    LOG_LEVEL: "info",
  };
}

/** `next start` of the production build on `port`. */
export function startNext(options: {
  name: string;
  port: number;
  host?: string;
  baseURL: string;
  env: Record<string, string>;
  logFile?: string;
}): Promise<ServerProcess> {
  const { port, host } = options;
  return startProcess({
    name: options.name,
    args: [
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      `${port}`,
      ...(host ? ["-H", host] : []),
    ],
    env: options.env,
    readyUrl: `${options.baseURL}/login`,
    port,
    logFile: options.logFile,
  });
}

/** The FinerWorks emulator, reseeded (--reset) in its own data folder. */
export function startEmulatorProcess(options: {
  name: string;
  port: number;
  dataDir: string;
}): Promise<ServerProcess> {
  return startProcess({
    name: options.name,
    args: ["node_modules/tsx/dist/cli.mjs", "emulator/main.ts", "--reset", "--quiet"],
    env: { EMULATOR_PORT: String(options.port), EMULATOR_DATA_DIR: options.dataDir },
    readyUrl: `http://127.0.0.1:${options.port}/__emulator/stats`,
    port: options.port,
  });
}

/**
 * One more `next start` on a free port, beside the worker's emulator (`emulatorPort`), with
 * `env` over the suite's settings and a store of its own unless `env` names one. `host` is what
 * `-H` binds (default: every address); the base URL then names that address (0.0.0.0 is reached
 * on 127.0.0.1).
 */
export async function startAppServer(
  emulatorPort: number,
  env: Record<string, string>,
  options: { host?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  const { host } = options;
  const baseURL = `http://${host === undefined ? "localhost" : host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  const store = `data/e2e-extra-${port}.db`;
  const removeStore = () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${store}${suffix}`, { force: true });
  };
  removeStore();
  const server = await startNext({
    name: `app server on ${port}`,
    port,
    host,
    baseURL,
    env: { ...appServerEnv(baseURL, emulatorPort), DATABASE_URL: `file:${store}`, ...env },
  });
  return {
    baseURL,
    output: server.output,
    stop: async () => {
      await server.stop();
      removeStore();
    },
  };
}

/** Signs a page in through the real form; the browser lands where sign-in sends it. */
export async function signIn(page: Page, baseURL: string, role: Role): Promise<void> {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("Email").fill(USERS[role].email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/images/);
}
