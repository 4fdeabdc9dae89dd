// Starts the production build beside an emulator for a benchmark, and signs in.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { startEmulator, type RunningEmulator } from "@/emulator/server";

export interface AppStack {
  baseUrl: string;
  /** The `next start` process, leader of the app's process group. */
  pid: number;
  emulator: RunningEmulator;
  cookie: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie header. */
export async function signIn(
  baseUrl: string,
  email: string,
  password = "demo-password",
): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookies = (response.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const session = cookies.find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return [csrfCookie, session].join("; ");
}

export async function startAppStack(
  options: { appPort?: number; env?: Record<string, string>; emulator?: RunningEmulator } = {},
): Promise<AppStack> {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` first.");
  // Two apps compared in one run may share one emulator; the stack that started it closes it.
  const emulator = options.emulator ?? (await startEmulator({ port: 0, prewarmMedia: true }));
  const appPort = options.appPort ?? 3200;
  const baseUrl = `http://localhost:${appPort}`;
  const app: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(appPort)],
    {
      env: {
        ...process.env,
        EMULATOR_PORT: String(emulator.port),
        NEXTAUTH_URL: baseUrl,
        RATE_LIMIT_PER_MINUTE: "1000000",
        LOG_LEVEL: "warn",
        // A store of its own per bench server, never the dev server's data/app.db.
        DATABASE_URL: `file:data/bench/app-${appPort}.db`,
        ...options.env,
      },
      stdio: ["ignore", "ignore", "inherit"],
      // Its own process group: `next start` runs the server in a child that must stop with it.
      detached: true,
    },
  );
  const killGroup = () => {
    try {
      if (app.pid) process.kill(-app.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  // Even when a bench throws before stop(), no server outlives it.
  process.once("exit", killGroup);
  await waitFor(`${baseUrl}/login`, 60_000);
  const cookie = await signIn(baseUrl, "admin@example.com");
  return {
    baseUrl,
    pid: app.pid ?? 0,
    emulator,
    cookie,
    async stop() {
      killGroup();
      process.off("exit", killGroup);
      if (!options.emulator) await emulator.close();
    },
  };
}
