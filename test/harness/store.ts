// The store suites run once per engine: a fresh SQLite file, and a fresh database on the
// throwaway PostgreSQL (TEST_DATABASE_URL from test/harness/global-setup.ts; skipped without it).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { setDatabaseForTests } from "@/lib/server/db";
import { openStore, type DatabaseConfig, type StoreConnection } from "@/lib/server/db/connection";
import { migrateToLatest } from "@/lib/server/db/migrate";

export interface TestDatabase {
  config: DatabaseConfig;
  /** DATABASE_URL for a child process. */
  url: string;
  drop(): Promise<void>;
}

export const POSTGRES_URL = process.env.TEST_DATABASE_URL;

export const ENGINES = [
  { engine: "sqlite" as const, skip: false },
  { engine: "postgres" as const, skip: !POSTGRES_URL },
];

let counter = 0;

export async function createTestDatabase(engine: "sqlite" | "postgres"): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "fw-store-"));
    const file = join(dir, "app.db");
    return {
      config: { engine, file },
      url: `file:${file}`,
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  if (!POSTGRES_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client(POSTGRES_URL);
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    config: { engine, url: url.toString() },
    url: url.toString(),
    async drop() {
      const client = new pg.Client(POSTGRES_URL);
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
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
