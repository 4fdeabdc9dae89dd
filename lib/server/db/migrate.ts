import "server-only";
import { Migrator, sql, type MigrationResult } from "kysely";
import type { StoreConnection } from "./connection";
import { migrationProvider } from "./migrations";

// Any constant shared by every instance of this app: the key of its PostgreSQL advisory lock.
const PG_MIGRATION_LOCK = 4_120_981_377;

export interface MigrationRun {
  applied: string[];
}

function migratorFor(store: StoreConnection): Migrator {
  return new Migrator({ db: store.db, provider: migrationProvider });
}

function applied(results: MigrationResult[] | undefined, error: unknown): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const cause = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration ${failed ?? "?"} failed: ${cause}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * Runs `work` while holding the store's migration lock, so instances starting at once migrate
 * one after the other (the later one then finds nothing to do). PostgreSQL: a session advisory
 * lock on its own connection. SQLite: an immediate transaction on the one connection that the
 * migrations run on, so they also commit or roll back together.
 */
async function withMigrationLock<T>(store: StoreConnection, work: () => Promise<T>): Promise<T> {
  if (store.sqlite) {
    const raw = store.sqlite;
    raw.exec("BEGIN IMMEDIATE");
    try {
      const result = await work();
      raw.exec("COMMIT");
      return result;
    } catch (error) {
      if (raw.inTransaction) raw.exec("ROLLBACK");
      throw error;
    }
  }
  return store.db.connection().execute(async (lockSession) => {
    await sql`select pg_advisory_lock(${PG_MIGRATION_LOCK})`.execute(lockSession);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${PG_MIGRATION_LOCK})`.execute(lockSession);
    }
  });
}

/** Applies every migration not yet applied; never reverts one. */
export function migrateToLatest(store: StoreConnection): Promise<MigrationRun> {
  return withMigrationLock(store, async () => {
    const { results, error } = await migratorFor(store).migrateToLatest();
    return { applied: applied(results, error) };
  });
}

/** Reverts the newest migration (`npm run db:migrate -- down`): only when asked for by name. */
export function migrateDownOne(store: StoreConnection): Promise<MigrationRun> {
  return withMigrationLock(store, async () => {
    const { results, error } = await migratorFor(store).migrateDown();
    return { applied: applied(results, error) };
  });
}
