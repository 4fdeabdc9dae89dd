// The scan's SQLite writer thread on a real file: one transaction per call, the guard that keeps
// nothing once the scan stopped, errors that reach the caller, and the app's own connection
// reading what the thread wrote.
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/harness/store";
import { openStore, type StoreConnection } from "./connection";
import { migrateToLatest } from "./migrate";
import { startScan } from "@/lib/server/snapshot/scan-queries";
import { openSqliteWriterThread, type GuardedWriter } from "./sqlite-writer-thread";

describe("SQLite writer thread", () => {
  let database: TestDatabase;
  let store: StoreConnection;
  let writer: GuardedWriter;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    store = openStore(database.config);
    await migrateToLatest(store);
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });
  beforeEach(async () => {
    await store.db.deleteFrom("product_scan").execute();
    writer = openSqliteWriterThread(store.sqlite?.name ?? "");
    return () => writer.close();
  });

  const start = (id: string) =>
    startScan(store.db, { id, library: "inventory", startedBy: null, now: 1, leaseMs: 60_000 });
  const progress = (id: string, pages: number) =>
    store.db
      .updateTable("product_scan")
      .set((eb) => ({ pages_done: eb("pages_done", "+", pages) }))
      .where("id", "=", id)
      .where("state", "=", "running")
      .compile();
  const pagesDone = async (id: string) =>
    (
      await store.db
        .selectFrom("product_scan")
        .select("pages_done")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).pages_done;

  it("runs the statements in one transaction that the app's connection then reads", async () => {
    await start("a");
    expect(await writer.runGuarded([progress("a", 2), progress("a", 3)])).toBe(true);
    expect(await pagesDone("a")).toBe(5);
  });

  it("keeps nothing when the first statement changes no row (the scan stopped)", async () => {
    await start("b");
    await store.db.updateTable("product_scan").set({ state: "cancelled" }).execute();
    const other = store.db
      .insertInto("saved_view")
      .values({
        id: "v",
        owner_email: "a@b.c",
        name: "n",
        search: "",
        created_at: 1,
        updated_at: 1,
      })
      .compile();
    expect(await writer.runGuarded([progress("b", 1), other])).toBe(false);
    expect(await store.db.selectFrom("saved_view").selectAll().execute()).toEqual([]);
  });

  it("rolls back every statement when a later one fails, and says why", async () => {
    await start("c");
    const broken = sql`insert into no_such_table values (1)`.compile(store.db);
    await expect(writer.runGuarded([progress("c", 4), broken])).rejects.toThrow(/no_such_table/);
    expect(await pagesDone("c")).toBe(0);
    // The thread is still usable after a failed transaction.
    expect(await writer.runGuarded([progress("c", 1)])).toBe(true);
    expect(await pagesDone("c")).toBe(1);
  });

  it("refuses work once closed", async () => {
    await start("d");
    await writer.close();
    await expect(writer.runGuarded([progress("d", 1)])).rejects.toThrow(/closed/);
    expect(await pagesDone("d")).toBe(0);
  });

  it("fails every call when the file cannot be opened", async () => {
    const lost = openSqliteWriterThread("/nonexistent-dir/store.db");
    await expect(lost.runGuarded([progress("e", 1)])).rejects.toThrow();
    await lost.close();
  });
});
