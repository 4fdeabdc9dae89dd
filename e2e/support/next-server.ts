// Starts extra `next start` processes of the built app (beside the suite's own), for tests that
// need another host binding or settings, and sends raw HTTP with any Host header to them.
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { E2E_EMULATOR_PORT } from "../ports";

export const TEST_SECRET = "e2e-extra-server-secret-0123456789abcdef0123";

export interface NextServer {
  host: string;
  port: number;
  origin: string;
  stop(): Promise<void>;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
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

/** One request with exactly the path and headers given (Host included); never follows redirects. */
export function rawRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    timeoutMs?: number;
  } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers, timeout: options.timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${url} took over ${options.timeoutMs} ms`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

const connectHost = (host: string) => (host === "0.0.0.0" ? "127.0.0.1" : host);

/** `next start -H <host>` on a free port, in emulator mode with a known session secret. */
export async function startNextServer(
  host: string,
  env: Record<string, string> = {},
): Promise<NextServer> {
  const port = await freePort();
  const origin = `http://${connectHost(host)}:${port}`;
  const child: ChildProcess = spawn("npx", ["next", "start", "-H", host, "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      EMULATOR_PORT: String(E2E_EMULATOR_PORT),
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: TEST_SECRET,
      FINERWORKS_TIMEOUT_MS: "2000",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid, "SIGTERM"); // the whole group: npx and the server it started
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await rawRequest(`${origin}/login`, { timeoutMs: 2000 });
      if (res.status === 200) return { host, port, origin, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`next start -H ${host} did not come up: ${stderr.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
