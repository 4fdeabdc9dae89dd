import "server-only";
// The snapshot's products as the review table reads them: the rows of a page by id (the order
// and filters come from product-order.ts), their images, and the summary.
import type { Kysely } from "kysely";
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
