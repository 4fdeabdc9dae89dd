import "server-only";
import { AppError } from "@/lib/server/errors/app-error";
import { serverConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import { openStore, type StoreConnection } from "./connection";
import { migrateToLatest } from "./migrate";

// One store per process, opened and migrated on first use, whichever route bundle asks first.
const KEY = Symbol.for("finerworks-dashboard.db");
const holder = globalThis as typeof globalThis & { [KEY]?: Promise<StoreConnection> };

async function open(): Promise<StoreConnection> {
  const config = serverConfig().database;
  const store = openStore(config, (error) =>
    log("error", "store.connection_lost", { error: error.message }),
  );
  try {
    const { applied } = await migrateToLatest(store);
    if (applied.length > 0) log("info", "store.migrated", { engine: store.engine, applied });
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

/** The migrated store; a failed open is forgotten so the next request tries again. */
export function database(): Promise<StoreConnection> {
  const pending = (holder[KEY] ??= open());
  pending.catch(() => {
    if (holder[KEY] === pending) holder[KEY] = undefined;
  });
  return pending;
}

/** Tests point the process at another store (or none, to open the configured one again). */
export function setDatabaseForTests(store: StoreConnection | undefined): void {
  holder[KEY] = store ? Promise.resolve(store) : undefined;
}

/**
 * Runs `work` against the store; any failure of the store itself becomes 503 `unavailable`
 * (with one loud log line), so callers refuse what must not happen unrecorded.
 */
export async function withStore<T>(
  what: string,
  work: (store: StoreConnection) => Promise<T>,
): Promise<T> {
  let store: StoreConnection;
  try {
    store = await database();
  } catch (error) {
    throw storeUnavailable(what, error);
  }
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw storeUnavailable(what, error);
  }
}

function storeUnavailable(what: string, error: unknown): AppError {
  log("error", "store.unavailable", {
    what,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  return new AppError(
    "unavailable",
    "The dashboard's own store is unavailable, so nothing was changed. Try again in a moment.",
    { retryAfterSeconds: 5 },
  );
}
