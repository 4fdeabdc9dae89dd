import "server-only";
// The review table's filters and sorts, answered from memory. Per snapshot revision (our own
// edits bump it, so a cached view never outlives the rows it describes) the product rows' filter
// columns are read once, and each sort's order once; a page is then a walk over that order (a
// 20,000-product filter and count: ~1 ms instead of two passes and a sort in SQL, ~40 ms).
// Numbers are ordered here; text is ordered by the store (its lower() and collation), so both
// engines keep their own text order. A descending order is the ascending one reversed, nulls
// kept last: the same rows in the same order as `order by key desc nulls last, id desc`.
import { sql, type Kysely } from "kysely";
import { BoundedLru, loadOnce } from "@/lib/lru";
import type { ProductSortKey } from "@/lib/schemas/products";
import {
  flagColumn,
  SORT_COLUMNS,
  type ProductFilters,
} from "@/lib/server/snapshot/product-queries";
import type { Database } from "@/lib/server/db/schema";
import type { SnapshotProductRow } from "@/lib/server/db/product-tables";
import { PRODUCT_FLAGS } from "@/lib/schemas/products";

const FILTER_COLUMNS = [
  "id",
  "image_guid",
  "search_text",
  "type",
  "margin_pct",
  "asking_cents",
  "print_area",
  "quantity_in_stock",
  "cost_cents",
  "margin_cents",
  "dpi",
  ...PRODUCT_FLAGS.map(flagColumn),
] as const;
type FilterRow = Pick<SnapshotProductRow, (typeof FILTER_COLUMNS)[number]>;

/** Positions of rows in `key asc nulls last, id asc` order; those from `firstNull` on are null. */
interface Order {
  positions: Int32Array;
  firstNull: number;
}

/** Rows by position, and each sort's order once asked for. */
interface Snapshot {
  rows: FilterRow[];
  ascending: Map<ProductSortKey, Promise<Order>>;
}

const snapshots = new BoundedLru<string, Promise<Snapshot>>(2);

async function loadSnapshot(db: Kysely<Database>, scanId: string): Promise<Snapshot> {
  const rows = await db
    .selectFrom("snapshot_product")
    .select([...FILTER_COLUMNS])
    .where("scan_id", "=", scanId)
    .orderBy("id")
    .execute();
  return { rows, ascending: new Map() };
}

const byId = (a: FilterRow, b: FilterRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function ascendingOrder(
  db: Kysely<Database>,
  scanId: string,
  snapshot: Snapshot,
  sort: ProductSortKey,
): Promise<Order> {
  const { column, text } = SORT_COLUMNS[sort];
  if (!text) {
    const key = column as keyof FilterRow;
    const positions = Array.from(snapshot.rows.keys());
    positions.sort((i, j) => {
      const a = snapshot.rows[i]!;
      const b = snapshot.rows[j]!;
      const x = a[key] as number | null;
      const y = b[key] as number | null;
      if (x === y) return byId(a, b);
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    });
    const firstNull = positions.findIndex((i) => snapshot.rows[i]![key] === null);
    return {
      positions: Int32Array.from(positions),
      firstNull: firstNull === -1 ? positions.length : firstNull,
    };
  }
  const ref = sql.ref(column);
  const ordered = await db
    .selectFrom("snapshot_product")
    .select(["id", sql<number>`case when ${ref} is null then 1 else 0 end`.as("missing")])
    .where("scan_id", "=", scanId)
    .orderBy(sql`lower(${ref})`, (ob) => ob.asc().nullsLast())
    .orderBy("id", "asc")
    .execute();
  const positionOf = new Map(snapshot.rows.map((row, i) => [row.id, i]));
  const known = ordered.filter((r) => positionOf.has(r.id));
  const firstNull = known.findIndex((r) => Number(r.missing) === 1);
  return {
    positions: Int32Array.from(known, (r) => positionOf.get(r.id)!),
    firstNull: firstNull === -1 ? known.length : firstNull,
  };
}

function matcher(f: ProductFilters): (row: FilterRow) => boolean {
  const q = f.q ? f.q.toLowerCase() : null;
  const flag = f.flag ? flagColumn(f.flag) : null;
  const min = f.price_min === undefined ? null : Math.round(f.price_min * 100);
  const max = f.price_max === undefined ? null : Math.round(f.price_max * 100);
  return (row) =>
    (q === null || row.search_text.includes(q)) &&
    (!f.type || row.type === f.type) &&
    (flag === null || row[flag] === 1) &&
    (f.margin_below === undefined ||
      (row.margin_pct !== null && row.margin_pct < f.margin_below)) &&
    (min === null || (row.asking_cents !== null && row.asking_cents >= min)) &&
    (max === null || (row.asking_cents !== null && row.asking_cents <= max)) &&
    (!f.image || row.image_guid === f.image);
}

export interface OrderedIds {
  ids: string[];
  count: number;
}

/** The ids of one page of the view, and how many rows match its filters. */
export async function orderedProductIds(
  db: Kysely<Database>,
  scan: { id: string; revision: number },
  query: ProductFilters & { sort: ProductSortKey; dir: "asc" | "desc" },
  limit: number,
  offset: number,
): Promise<OrderedIds> {
  const snapshot = await loadOnce(snapshots, `${scan.id}:${scan.revision}`, () =>
    loadSnapshot(db, scan.id),
  );
  const { positions, firstNull } = await loadOnce(snapshot.ascending, query.sort, () =>
    ascendingOrder(db, scan.id, snapshot, query.sort),
  );
  const { rows } = snapshot;
  const matches = matcher(query);
  const ids: string[] = [];
  let count = 0;
  const take = (position: number) => {
    const row = rows[position]!;
    if (!matches(row)) return;
    if (count >= offset && ids.length < limit) ids.push(row.id);
    count++;
  };
  if (query.dir === "asc") {
    for (const position of positions) take(position);
  } else {
    // Reversed, but the nulls stay last (among themselves by id, descending).
    for (let i = firstNull - 1; i >= 0; i--) take(positions[i]!);
    for (let i = positions.length - 1; i >= firstNull; i--) take(positions[i]!);
  }
  return { ids, count };
}
