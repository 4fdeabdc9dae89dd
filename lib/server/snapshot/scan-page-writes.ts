import "server-only";
// A scan's pages as they are written: the rows of each page and its progress in one
// transaction, guarded so a scan cancelled meanwhile keeps nothing (see scan-queries.ts).
import { sql, type CompiledQuery, type Kysely, type Transaction } from "kysely";
import type {
  NewSnapshotImage,
  NewSnapshotProduct,
  NewSnapshotProductDetail,
} from "@/lib/server/db/product-tables";
import type { Database } from "@/lib/server/db/schema";

type Db = Kysely<Database> | Transaction<Database>;

// A products row has ~43 columns: 200 rows stay under SQLite's and PostgreSQL's parameter limits.
const INSERT_CHUNK = 200;

type SnapshotTable = "snapshot_image" | "snapshot_product" | "snapshot_product_detail";

function insertsChunked(
  db: Db,
  table: SnapshotTable,
  rows: readonly (NewSnapshotImage | NewSnapshotProduct | NewSnapshotProductDetail)[],
): CompiledQuery[] {
  const inserts: CompiledQuery[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    // A row already there (our own add or edit wrote it during the scan) is kept.
    inserts.push(
      db
        .insertInto(table)
        .values(chunk)
        .onConflict((oc) => oc.doNothing())
        .compile(),
    );
  }
  return inserts;
}

export interface ScanPageRows {
  images: readonly NewSnapshotImage[];
  products: readonly NewSnapshotProduct[];
  details: readonly NewSnapshotProductDetail[];
}

/**
 * The statements that write `pages` pages of a scan: first its progress, which changes no row
 * once the scan is no longer running (cancelled, or given up as abandoned), then the rows.
 * Run them with runGuarded (or a writer thread), which keeps nothing when that first one fails.
 */
export function scanPageStatements(
  db: Kysely<Database>,
  scanId: string,
  rows: ScanPageRows,
  pages: number,
  leaseUntil: number,
): CompiledQuery[] {
  const progress = db
    .updateTable("product_scan")
    .set((eb) => ({
      pages_done: eb("pages_done", "+", pages),
      images: eb("images", "+", rows.images.length),
      products: eb("products", "+", rows.products.length),
      lease_until: leaseUntil,
    }))
    .where("id", "=", scanId)
    .where("state", "=", "running")
    .where("cancel_requested", "=", 0)
    .compile();
  return [
    progress,
    ...insertsChunked(db, "snapshot_image", rows.images),
    ...insertsChunked(db, "snapshot_product", rows.products),
    ...insertsChunked(db, "snapshot_product_detail", rows.details),
  ];
}

/** Runs statements in one transaction; false (and nothing kept) when the first changed no row. */
export async function runGuarded(
  db: Kysely<Database>,
  statements: readonly CompiledQuery[],
): Promise<boolean> {
  const [guard, ...rest] = statements;
  if (!guard) return true;
  return db.transaction().execute(async (tx) => {
    const first = await tx.executeQuery(guard);
    if (Number(first.numAffectedRows ?? 0) === 0) return false;
    for (const statement of rest) await tx.executeQuery(statement);
    return true;
  });
}

/** Sets `flag_duplicate_sku` in one scan: an SKU found on more than one image (only `skus`, if given). */
export async function markDuplicateSkus(
  db: Db,
  scanId: string,
  skus?: readonly string[],
): Promise<void> {
  if (skus && skus.length === 0) return;
  const only = skus ? sql`and sku in (${sql.join(skus)})` : sql``;
  await sql`
    update snapshot_product set flag_duplicate_sku = case when sku in (
      select sku from snapshot_product where scan_id = ${scanId} ${only}
      group by sku having count(distinct image_guid) > 1
    ) then 1 else 0 end
    where scan_id = ${scanId} ${only}`.execute(db);
}
