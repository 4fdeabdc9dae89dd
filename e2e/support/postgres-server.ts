// A fresh PostgreSQL database for specs that share the store between app instances: on the
// throwaway server `npm test` started (TEST_DATABASE_URL), or on one of its own when the spec
// runs alone. Each run gets a database with a new name, so reruns never meet old rows.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { findPostgresBin, startThrowawayPostgres } from "../../scripts/lib/test-services.mjs";

export interface PostgresDatabase {
  /** DATABASE_URL for an app instance. */
  url: string;
  stop(): Promise<void>;
}

export const postgresAvailable = (): boolean =>
  Boolean(process.env.TEST_DATABASE_URL) || findPostgresBin() !== undefined;

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(serverUrl);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(): Promise<PostgresDatabase> {
  const own = process.env.TEST_DATABASE_URL ? undefined : await startThrowawayPostgres();
  const serverUrl = process.env.TEST_DATABASE_URL ?? own?.url;
  if (!serverUrl) throw new Error("PostgreSQL is not installed (initdb/pg_ctl)");
  const name = `e2e_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      if (own) return own.stop();
      await admin(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
