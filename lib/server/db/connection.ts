import "server-only";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import type { Database } from "./schema";

export type DatabaseConfig =
  { engine: "postgres"; url: string } | { engine: "sqlite"; file: string };

/** An open store: one Kysely for either engine, and the raw SQLite handle for its migration lock. */
export interface StoreConnection {
  db: Kysely<Database>;
  engine: DatabaseConfig["engine"];
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** int8 (bigint, count(*)) as a JS number: our times and counts stay far below 2^53. */
function typeParser(oid: number, format?: "text" | "binary"): unknown {
  if (oid === INT8_OID && format !== "binary") return (value: string) => Number(value);
  return format === "binary" ? pg.types.getTypeParser(oid, "binary") : pg.types.getTypeParser(oid);
}

export function openStore(
  config: DatabaseConfig,
  onPoolError?: (error: Error) => void,
): StoreConnection {
  if (config.engine === "postgres") {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: 10,
      // A store that does not answer fails the request (503) instead of hanging it.
      connectionTimeoutMillis: 5_000,
      query_timeout: 15_000,
      types: { getTypeParser: typeParser as typeof pg.types.getTypeParser },
    });
    // A client losing its server emits `error` on itself, idle or checked out (between a
    // transaction's statements, where the pool does not listen); unhandled, it would end the
    // process. The pool re-emits an idle client's error: already reported, so only kept quiet.
    pool.on("connect", (client) => client.on("error", (error) => onPoolError?.(error)));
    pool.on("error", () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: "postgres", close: () => db.destroy() };
  }
  if (config.file !== ":memory:") mkdirSync(dirname(config.file), { recursive: true });
  // Waits up to 10 s for another process's write lock (two instances, or db:migrate beside the app).
  const sqlite = new SqliteDatabase(config.file, { timeout: 10_000 });
  sqlite.pragma("journal_mode = WAL");
  // WAL + NORMAL survives a killed process; only a power cut may lose the last commits.
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: "sqlite", sqlite, close: () => db.destroy() };
}
