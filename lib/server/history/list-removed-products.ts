import "server-only";
import type {
  RemovedProduct,
  RemovedProductsPage,
  RemovedProductsQuery,
} from "@/lib/schemas/activity";
import type { CsvColumn } from "@/lib/server/csv";
import { withStore } from "@/lib/server/db";
import { decodeCursor, encodeCursor, type Position } from "@/lib/server/db/cursor";
import {
  listRemovedProducts,
  type ArchivedProduct,
  type RemovedProductFilters,
} from "@/lib/server/history/removed-products-queries";
import { sanitizeProductHtml } from "@/lib/server/sanitize/sanitize";

/** The product as FinerWorks sent it (its HTML sanitised), with where it came from. */
export function toRemovedProduct(row: ArchivedProduct): RemovedProduct {
  const product = JSON.parse(row.product) as Record<string, unknown>;
  const html = product.description_long;
  return {
    ...product,
    description_long: typeof html === "string" ? sanitizeProductHtml(html) : (html ?? null),
    sku: typeof product.sku === "string" ? product.sku : "",
    name: typeof product.name === "string" ? product.name : "",
    image: {
      guid: row.image_guid,
      title: row.image_title,
      public_thumbnail_uri: row.image_thumbnail,
    },
    removed_at: new Date(row.at).toISOString(),
    removed_by: { email: row.actor_email, name: row.actor_name },
    activity_id: row.activity_id,
  };
}

const filtersOf = (q: RemovedProductsQuery): RemovedProductFilters => ({
  q: q.q || undefined,
  sku: q.sku || undefined,
  image: q.image,
  actor: q.actor,
  from: q.from,
  to: q.to,
});

const positionOf = (row: ArchivedProduct): Position => ({ at: row.at, id: row.id });

export async function removedProductsPage(
  query: RemovedProductsQuery,
): Promise<RemovedProductsPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await withStore("read the archive", (s) =>
    listRemovedProducts(s.db, filtersOf(query), query.limit + 1, after),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    products: page.map(toRemovedProduct),
    next_cursor: rows.length > query.limit && last ? encodeCursor(positionOf(last)) : null,
  };
}

const EXPORT_PAGE = 500;

export async function* removedProductsExportPages(
  query: RemovedProductsQuery,
): AsyncGenerator<RemovedProduct[]> {
  let after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const filters = filtersOf(query);
  for (;;) {
    const rows = await withStore("export the archive", (s) =>
      listRemovedProducts(s.db, filters, EXPORT_PAGE, after),
    );
    if (rows.length > 0) yield rows.map(toRemovedProduct);
    const last = rows.at(-1);
    if (rows.length < EXPORT_PAGE || !last) return;
    after = positionOf(last);
  }
}

const field = (p: RemovedProduct, key: string): string | number | null => {
  const value = p[key];
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  return JSON.stringify(value);
};

const labelsText = (p: RemovedProduct): string | null => {
  const labels = p.labels;
  if (!Array.isArray(labels)) return null;
  const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");
  return labels
    .map((l: { key?: unknown; value?: unknown }) => `${text(l.key)}: ${text(l.value)}`)
    .join("; ");
};

/** Enough to recreate each product in FinerWorks, one row per product. */
export const REMOVED_PRODUCTS_CSV_COLUMNS: CsvColumn<RemovedProduct>[] = [
  { header: "removed_at", value: (p) => p.removed_at },
  { header: "removed_by_email", value: (p) => p.removed_by.email },
  { header: "removed_by_name", value: (p) => p.removed_by.name },
  { header: "activity_id", value: (p) => p.activity_id },
  { header: "image_guid", value: (p) => p.image.guid },
  { header: "image_title", value: (p) => p.image.title },
  { header: "image_thumbnail", value: (p) => p.image.public_thumbnail_uri },
  ...[
    "sku",
    "product_code",
    "name",
    "per_item_price",
    "total_price",
    "asking_price",
    "monetary_format",
  ].map((key): CsvColumn<RemovedProduct> => ({ header: key, value: (p) => field(p, key) })),
  { header: "labels", value: labelsText },
  ...[
    "description_long",
    "product_size",
    "image_url_1",
    "image_url_2",
    "image_url_3",
    "image_url_4",
    "image_url_5",
    "third_party_integrations",
    "product_guid",
  ].map((key): CsvColumn<RemovedProduct> => ({ header: key, value: (p) => field(p, key) })),
];
