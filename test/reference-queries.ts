// The snapshot's queries that only tests need: the product table's filters and sorts written in
// SQL (the oracle the in-memory order in lib/server/snapshot/product-order.ts is checked
// against on both engines), and a scan's pages written in one call.
import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import type { ProductQuery } from "@/lib/schemas/products";
import type { Database } from "@/lib/server/db/schema";
import {
  flagColumn,
  productsByIds,
  SORT_COLUMNS,
  type ProductFilters,
  type ProductWithImage,
} from "@/lib/server/snapshot/product-queries";
import {
  runGuarded,
  scanPageStatements,
  type ScanPageRows,
} from "@/lib/server/snapshot/scan-page-writes";

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtered(db: Kysely<Database>, scanId: string, f: ProductFilters) {
  let query = db.selectFrom("snapshot_product as p").where("p.scan_id", "=", scanId);
  if (f.q) {
    const pattern = `%${likeEscape(f.q.toLowerCase())}%`;
    // SQLite has no default LIKE escape character; PostgreSQL's is the same backslash.
    query = query.where(sql<SqlBool>`p.search_text like ${pattern} escape '\\'`);
  }
  if (f.type) query = query.where("p.type", "=", f.type);
  if (f.flag) query = query.where(`p.${flagColumn(f.flag)}`, "=", 1);
  if (f.margin_below !== undefined) query = query.where("p.margin_pct", "<", f.margin_below);
  if (f.price_min !== undefined)
    query = query.where("p.asking_cents", ">=", Math.round(f.price_min * 100));
  if (f.price_max !== undefined)
    query = query.where("p.asking_cents", "<=", Math.round(f.price_max * 100));
  if (f.image) query = query.where("p.image_guid", "=", f.image);
  return query;
}

export async function countProducts(
  db: Kysely<Database>,
  scanId: string,
  filters: ProductFilters,
): Promise<number> {
  const row = await filtered(db, scanId, filters)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of products in the query's order (nulls last either way; ties by row id). */
export async function listProducts(
  db: Kysely<Database>,
  scanId: string,
  query: ProductFilters & Pick<ProductQuery, "sort" | "dir">,
  limit: number,
  offset: number,
): Promise<ProductWithImage[]> {
  const { column, text } = SORT_COLUMNS[query.sort];
  const ref = sql.ref(`p.${column}`);
  const key: Expression<unknown> = text ? sql`lower(${ref})` : ref;
  // Sorted ids first, then their rows: the sorter handles (key, id) pairs, not whole rows.
  const ids = await filtered(db, scanId, query)
    .select("p.id")
    .orderBy(key, (ob) => (query.dir === "asc" ? ob.asc() : ob.desc()).nullsLast())
    .orderBy("p.id", query.dir)
    .limit(limit)
    .offset(offset)
    .execute();
  return productsByIds(
    db,
    scanId,
    ids.map((r) => r.id),
  );
}

/** The rows and progress of `pages` pages in one transaction (see scanPageStatements). */
export async function writeScanPages(
  db: Kysely<Database>,
  scanId: string,
  rows: ScanPageRows,
  pages: number,
  leaseUntil: number,
): Promise<boolean> {
  return runGuarded(db, scanPageStatements(db, scanId, rows, pages, leaseUntil));
}
