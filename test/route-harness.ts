// Route handlers called in-process with real NextRequests, against a real emulator over HTTP and
// a real store: the setup the history and archive route tests share.
import { NextRequest } from "next/server";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import type { SessionUser } from "@/lib/auth/roles";
import { resetServerConfigForTests } from "@/lib/server/config";
import { setDatabaseForTests } from "@/lib/server/db";
import { openStore, type StoreConnection } from "@/lib/server/db/connection";
import { migrateToLatest } from "@/lib/server/db/migrate";
import { createTestDatabase, type TestDatabase } from "./store-engines";

export type Caller = "anonymous" | "artist" | "staff" | "admin";

export const USERS: Record<Exclude<Caller, "anonymous">, SessionUser> = {
  artist: { email: "artist@example.com", name: "Ada Artist", role: "artist" },
  staff: { email: "staff@example.com", name: "Sam Staff", role: "staff" },
  admin: { email: "admin@example.com", name: "Alex Admin", role: "admin" },
};

export async function startRouteEmulator(
  env: Record<string, string> = {},
): Promise<RunningEmulator> {
  const emulator = await startEmulator({ port: 0 });
  Object.assign(process.env, {
    EMULATOR_PORT: String(emulator.port),
    FINERWORKS_TIMEOUT_MS: "800",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000",
    ...env,
  });
  resetServerConfigForTests();
  return emulator;
}

/** A fresh, migrated store of one engine that the route handlers of this process use. */
export async function useTestStore(
  engine: "sqlite" | "postgres",
): Promise<{ database: TestDatabase; store: StoreConnection; close: () => Promise<void> }> {
  const database = await createTestDatabase(engine);
  const store = openStore(database.config);
  await migrateToLatest(store);
  setDatabaseForTests(store);
  return {
    database,
    store,
    close: async () => {
      setDatabaseForTests(undefined);
      await store.close();
      await database.drop();
    },
  };
}

export interface Answer<T> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

export async function callRoute<T = Record<string, unknown>>(
  handler: (req: NextRequest) => Promise<Response>,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  const req = new NextRequest(`http://localhost:3000${path}`, {
    method,
    headers: {
      host: "localhost:3000",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(req);
  // Keeps a BOM, which the CSV tests look for (response.text() would drop it).
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json as T };
}

/** Polls until `check` returns a value (or throws after `timeoutMs`). */
export async function waitFor<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}
