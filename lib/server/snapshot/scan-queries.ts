import "server-only";
// Scans and the snapshot they write: start (one running scan per store, enforced by a unique
// index), a page at a time with its progress, then the flip that makes it the snapshot. A
// running scan's lease is renewed by every page; a scan whose lease ran out was abandoned.
import { sql, type Kysely, type Transaction } from "kysely";
import type { ProductScanRow } from "@/lib/server/db/product-tables";
import type { Database } from "@/lib/server/db/schema";
import { markDuplicateSkus } from "./scan-page-writes";

type Db = Kysely<Database> | Transaction<Database>;

export async function runningScan(db: Db): Promise<ProductScanRow | undefined> {
  return db
    .selectFrom("product_scan")
    .selectAll()
    .where("state", "=", "running")
    .executeTakeFirst();
}

/** The running scan, else the one started last. */
export async function latestScan(db: Db): Promise<ProductScanRow | undefined> {
  return (
    (await runningScan(db)) ??
    (await db
      .selectFrom("product_scan")
      .selectAll()
      .orderBy("started_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst())
  );
}

/** The scan whose rows are the snapshot: the last one that finished. */
export async function snapshotScan(db: Db): Promise<ProductScanRow | undefined> {
  return db
    .selectFrom("product_scan")
    .selectAll()
    .where("state", "=", "done")
    .orderBy("finished_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

export interface StartScan {
  id: string;
  library: string;
  startedBy: string | null;
  now: number;
  leaseMs: number;
}

/** Starts a scan: the new row, or `{ running }` when another scan holds the store. */
export async function startScan(
  db: Kysely<Database>,
  scan: StartScan,
): Promise<{ started: ProductScanRow } | { running: ProductScanRow }> {
  // A scan whose process died stops counting as running once its lease is over.
  await db
    .updateTable("product_scan")
    .set({
      state: "failed",
      finished_at: scan.now,
      error_code: "interrupted",
      error_message: "The scan stopped answering (its server restarted or stopped).",
    })
    .where("state", "=", "running")
    .where("lease_until", "<", scan.now)
    .execute();
  const row = {
    id: scan.id,
    state: "running" as const,
    library: scan.library,
    pages_done: 0,
    pages_total: null,
    images: 0,
    products: 0,
    started_at: scan.now,
    finished_at: null,
    lease_until: scan.now + scan.leaseMs,
    started_by: scan.startedBy,
    cancel_requested: 0,
    error_code: null,
    error_message: null,
    error_reference_id: null,
    revision: 0,
  };
  try {
    await db.insertInto("product_scan").values(row).execute();
    return { started: row };
  } catch (error) {
    const running = await runningScan(db);
    if (running) return { running };
    throw error;
  }
}

export async function setPagesTotal(db: Db, scanId: string, pagesTotal: number): Promise<void> {
  await db
    .updateTable("product_scan")
    .set({ pages_total: pagesTotal })
    .where("id", "=", scanId)
    .execute();
}

/** The flip: the scan becomes the snapshot (false when it was cancelled meanwhile). */
export async function finishScan(
  db: Kysely<Database>,
  scanId: string,
  now: number,
): Promise<boolean> {
  const flipped = await db.transaction().execute(async (tx) => {
    await markDuplicateSkus(tx, scanId);
    const done = await tx
      .updateTable("product_scan")
      .set({ state: "done", finished_at: now })
      .where("id", "=", scanId)
      .where("state", "=", "running")
      .where("cancel_requested", "=", 0)
      .executeTakeFirst();
    return Number(done.numUpdatedRows) > 0;
  });
  // Fresh statistics, so the planner scans a one-snapshot table instead of walking an index
  // whose only key is the scan id (a 20,000-product summary: ~100 ms down to ~25 ms on SQLite).
  if (flipped) await sql`analyze snapshot_product`.execute(db);
  return flipped;
}

export interface ScanFailure {
  code: string;
  message: string;
  referenceId: string | null;
}

/** Ends a running scan as failed or cancelled; the snapshot before it stays. */
export async function endScan(
  db: Db,
  scanId: string,
  state: "failed" | "cancelled",
  now: number,
  failure?: ScanFailure,
): Promise<void> {
  await db
    .updateTable("product_scan")
    .set({
      state,
      finished_at: now,
      error_code: failure?.code ?? null,
      error_message: failure?.message ?? null,
      error_reference_id: failure?.referenceId ?? null,
    })
    .where("id", "=", scanId)
    .where("state", "=", "running")
    .execute();
}

/**
 * Cancels the running scan at once (its process sees it at its next page, writes nothing more
 * and stops): the scan as it is now, or undefined when none runs.
 */
export async function cancelScan(
  db: Kysely<Database>,
  now: number,
): Promise<ProductScanRow | undefined> {
  const running = await runningScan(db);
  if (!running) return undefined;
  await endScan(db, running.id, "cancelled", now);
  await db
    .updateTable("product_scan")
    .set({ cancel_requested: 1 })
    .where("id", "=", running.id)
    .execute();
  return db.selectFrom("product_scan").selectAll().where("id", "=", running.id).executeTakeFirst();
}

/** The scans whose rows are read now or soon: the snapshot (newest done) and a running scan. */
export function liveScanIds(db: Kysely<Database>) {
  return db
    .selectFrom("product_scan")
    .select("id")
    .where((eb) =>
      eb.or([
        eb("state", "=", "running"),
        eb(
          "id",
          "=",
          eb
            .selectFrom("product_scan")
            .select("id")
            .where("state", "=", "done")
            .orderBy("finished_at", "desc")
            .orderBy("id", "desc")
            .limit(1),
        ),
      ]),
    );
}

/** Deletes the rows of every scan but the snapshot and a running one. */
export async function deleteStaleRows(db: Kysely<Database>): Promise<void> {
  const keep = liveScanIds(db);
  await db.deleteFrom("snapshot_product").where("scan_id", "not in", keep).execute();
  await db.deleteFrom("snapshot_product_detail").where("scan_id", "not in", keep).execute();
  await db.deleteFrom("snapshot_image").where("scan_id", "not in", keep).execute();
}
