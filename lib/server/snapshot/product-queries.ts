import "server-only";
// The snapshot's products as the review table reads them: filters, sort and paging in SQL on
// snapshot_product alone (every filter is a column there), then the page's images by guid.
import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import {
  PRODUCT_FLAGS,
  type ProductFlag,
  type ProductQuery,
  type ProductSortKey,
} from "@/lib/schemas/products";
import type {
  SnapshotImageRow,
  SnapshotProductDetailRow,
  SnapshotProductRow,
} from "@/lib/server/db/product-tables";
import type { Database } from "@/lib/server/db/schema";

export type ProductFilters = Pick<
  ProductQuery,
  "q" | "type" | "flag" | "margin_below" | "price_min" | "price_max" | "image"
>;

type FlagColumn = `flag_${ProductFlag}`;
export const flagColumn = (flag: ProductFlag): FlagColumn => `flag_${flag}`;

/** Text columns sort without regard to case (both engines alike); the rest by value. */
export const SORT_COLUMNS: Record<
  ProductSortKey,
  { column: keyof SnapshotProductRow; text: boolean }
> = {
  image_title: { column: "image_title", text: true },
  name: { column: "name", text: true },
  type: { column: "type", text: true },
  media: { column: "media", text: true },
  frame: { column: "frame", text: true },
  print_size: { column: "print_area", text: false },
  sku: { column: "sku", text: true },
  product_code: { column: "product_code", text: true },
  quantity_in_stock: { column: "quantity_in_stock", text: false },
  per_item_price: { column: "cost_cents", text: false },
  asking_price: { column: "asking_cents", text: false },
  margin: { column: "margin_cents", text: false },
  margin_pct: { column: "margin_pct", text: false },
  dpi: { column: "dpi", text: false },
};

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

export interface ProductWithImage {
  product: SnapshotProductRow;
  image: SnapshotImageRow | undefined;
  /** The one detail a table row shows (the rest is read per product, for the side panel). */
  detail: Pick<SnapshotProductDetailRow, "id" | "monetary_format"> | undefined;
}

/** The rows of `ids` (one page) with their images and currency, in the order of `ids`. */
export async function productsByIds(
  db: Kysely<Database>,
  scanId: string,
  ids: readonly string[],
): Promise<ProductWithImage[]> {
  if (ids.length === 0) return [];
  const unordered = await db
    .selectFrom("snapshot_product")
    .selectAll()
    .where("scan_id", "=", scanId)
    .where("id", "in", ids)
    .execute();
  const rowOf = new Map(unordered.map((row) => [row.id, row]));
  const products = ids.flatMap((id) => rowOf.get(id) ?? []);
  const guids = [...new Set(products.map((p) => p.image_guid))];
  const [images, details] = await Promise.all([
    db
      .selectFrom("snapshot_image")
      .selectAll()
      .where("scan_id", "=", scanId)
      .where("guid", "in", guids)
      .execute(),
    db
      .selectFrom("snapshot_product_detail")
      .select(["id", "monetary_format"])
      .where("scan_id", "=", scanId)
      .where(
        "id",
        "in",
        products.map((p) => p.id),
      )
      .execute(),
  ]);
  const imageOf = new Map(images.map((i) => [i.guid, i]));
  const detailOf = new Map(details.map((d) => [d.id, d]));
  return products.map((product) => ({
    product,
    image: imageOf.get(product.image_guid),
    detail: detailOf.get(product.id),
  }));
}

/** The side panel's details of one product of the snapshot, or undefined when it has none. */
export function productDetail(
  db: Kysely<Database>,
  scanId: string,
  id: string,
): Promise<SnapshotProductDetailRow | undefined> {
  return db
    .selectFrom("snapshot_product_detail")
    .selectAll()
    .where("scan_id", "=", scanId)
    .where("id", "=", id)
    .executeTakeFirst();
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

export interface SnapshotSummary {
  products: number;
  imagesWithProducts: number;
  totalAskingCents: number;
  medianMarginCents: number | null;
  flags: Record<ProductFlag, number>;
  types: { type: string; count: number }[];
}

/** The whole snapshot at a glance, in three aggregate queries. */
export async function summarizeSnapshot(
  db: Kysely<Database>,
  scanId: string,
): Promise<SnapshotSummary> {
  const totals = await db
    .selectFrom("snapshot_product")
    .where("scan_id", "=", scanId)
    .select((eb) => [
      eb.fn.countAll<number>().as("products"),
      eb.fn.count<number>("image_guid").distinct().as("images"),
      eb.fn.count<number>("margin_cents").as("with_margin"),
      eb.fn.coalesce(eb.fn.sum<number>("asking_cents"), eb.val(0)).as("asking"),
      ...PRODUCT_FLAGS.map((flag) =>
        eb.fn.coalesce(eb.fn.sum<number>(flagColumn(flag)), eb.val(0)).as(flagColumn(flag)),
      ),
    ])
    .executeTakeFirstOrThrow();
  const withMargin = Number(totals.with_margin);
  const middle =
    withMargin === 0
      ? []
      : await db
          .selectFrom("snapshot_product")
          .select("margin_cents")
          .where("scan_id", "=", scanId)
          .where("margin_cents", "is not", null)
          .orderBy("margin_cents")
          .limit(withMargin % 2 === 0 ? 2 : 1)
          .offset(Math.floor((withMargin - 1) / 2))
          .execute();
  const types = await db
    .selectFrom("snapshot_product")
    .where("scan_id", "=", scanId)
    .select((eb) => ["type", eb.fn.countAll<number>().as("count")])
    .groupBy("type")
    .orderBy("count", "desc")
    .orderBy("type")
    .execute();
  const flags = Object.fromEntries(
    PRODUCT_FLAGS.map((flag) => [flag, Number(totals[flagColumn(flag)])]),
  ) as Record<ProductFlag, number>;
  return {
    products: Number(totals.products),
    imagesWithProducts: Number(totals.images),
    totalAskingCents: Number(totals.asking),
    medianMarginCents:
      middle.length === 0
        ? null
        : Math.round(middle.reduce((sum, r) => sum + Number(r.margin_cents), 0) / middle.length),
    flags,
    types: types.map((t) => ({ type: t.type, count: Number(t.count) })),
  };
}
