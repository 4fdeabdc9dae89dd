import "server-only";
// GET /api/products and its CSV: the snapshot's rows in the API's shape, with the summary.
import type { Kysely } from "kysely";
import { BoundedLru, loadOnce } from "@/lib/lru";
import {
  PRODUCT_FLAGS,
  type ProductQuery,
  type ProductRow,
  type ProductsPage,
  type ProductSummary,
} from "@/lib/schemas/products";
import { serverConfig } from "@/lib/server/config";
import type { CsvColumn } from "@/lib/server/csv";
import { withStore } from "@/lib/server/db";
import {
  flagColumn,
  productsByIds,
  summarizeSnapshot,
  type ProductWithImage,
  type SnapshotSummary,
} from "@/lib/server/snapshot/product-queries";
import type { ProductScanRow } from "@/lib/server/db/product-tables";
import type { Database } from "@/lib/server/db/schema";
import { browserUrl } from "@/lib/server/sanitize/sanitize";
import { latestScan, snapshotScan } from "@/lib/server/snapshot/scan-queries";
import { toScan } from "@/lib/server/snapshot/scans";
import { orderedProductIds } from "@/lib/server/snapshot/product-order";

// The summary only changes with the snapshot or our own edits of it (its revision); one entry per
// snapshot revision saves the aggregate scan on every page, sort and filter change.
const summaries = new BoundedLru<string, Promise<SnapshotSummary>>(4);

function cachedSummary(db: Kysely<Database>, scan: ProductScanRow): Promise<SnapshotSummary> {
  return loadOnce(summaries, `${scan.id}:${scan.revision}`, () => summarizeSnapshot(db, scan.id));
}

const dollars = (cents: number | null) => (cents === null ? null : cents / 100);

export function toProductRow({ product: p, image, detail: d }: ProductWithImage): ProductRow {
  return {
    id: p.id,
    sku: p.sku,
    product_code: p.product_code,
    name: p.name,
    type: p.type,
    media: p.media,
    frame: p.frame,
    print_size:
      p.print_width_in !== null && p.print_height_in !== null
        ? { width_in: p.print_width_in, height_in: p.print_height_in }
        : null,
    quantity_in_stock: p.quantity_in_stock,
    per_item_price: p.cost_cents / 100,
    asking_price: dollars(p.asking_cents),
    margin: dollars(p.margin_cents),
    margin_pct: p.margin_pct,
    dpi: p.dpi,
    flags: PRODUCT_FLAGS.filter((flag) => p[flagColumn(flag)] === 1),
    image: {
      guid: p.image_guid,
      title: image?.title ?? p.image_title,
      active: image ? image.active === 1 : p.flag_inactive_image === 0,
      pix_w: image?.pix_w ?? null,
      pix_h: image?.pix_h ?? null,
      public_thumbnail_uri: browserUrl(image?.public_thumbnail_uri ?? null),
      public_preview_uri: browserUrl(image?.public_preview_uri ?? null),
    },
    monetary_format: d?.monetary_format ?? null,
  };
}

function emptySummary(thinMarginPct: number): ProductSummary {
  return {
    products: 0,
    images_with_products: 0,
    total_asking_value: 0,
    median_margin: null,
    flags: Object.fromEntries(PRODUCT_FLAGS.map((f) => [f, 0])) as ProductSummary["flags"],
    types: [],
    thin_margin_pct: thinMarginPct,
  };
}

/** One page of the table, the count of matching rows, the summary and the scan. */
export async function productsPage(query: ProductQuery): Promise<ProductsPage> {
  const thinMarginPct = serverConfig().products.thinMarginPercent;
  return withStore("read the product snapshot", async ({ db }) => {
    const [snapshot, scan] = await Promise.all([snapshotScan(db), latestScan(db)]);
    if (!snapshot)
      return {
        products: [],
        count: 0,
        as_of: null,
        summary: emptySummary(thinMarginPct),
        scan: scan ? toScan(scan) : null,
      };
    const offset = (query.page - 1) * query.per_page;
    const [{ ids, count }, summary] = await Promise.all([
      orderedProductIds(db, snapshot, query, query.per_page, offset),
      cachedSummary(db, snapshot),
    ]);
    const rows = await productsByIds(db, snapshot.id, ids);
    return {
      products: rows.map(toProductRow),
      count,
      as_of: new Date(snapshot.finished_at ?? snapshot.started_at).toISOString(),
      summary: {
        products: summary.products,
        images_with_products: summary.imagesWithProducts,
        total_asking_value: summary.totalAskingCents / 100,
        median_margin: dollars(summary.medianMarginCents),
        flags: summary.flags,
        types: summary.types,
        thin_margin_pct: thinMarginPct,
      },
      scan: scan ? toScan(scan) : null,
    };
  });
}

const EXPORT_PAGE = 1_000;

/** Every matching row in the query's order, a thousand at a time (the CSV export). */
export async function* productExportPages(query: ProductQuery): AsyncGenerator<ProductRow[]> {
  const snapshot = await withStore("read the product snapshot", ({ db }) => snapshotScan(db));
  if (!snapshot) return;
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const rows = await withStore("read the product snapshot", async ({ db }) => {
      const { ids } = await orderedProductIds(db, snapshot, query, EXPORT_PAGE, offset);
      return productsByIds(db, snapshot.id, ids);
    });
    if (rows.length === 0) return;
    yield rows.map(toProductRow);
    if (rows.length < EXPORT_PAGE) return;
  }
}

const size = (row: ProductRow) =>
  row.print_size ? `${row.print_size.width_in} x ${row.print_size.height_in}"` : null;

export const PRODUCT_CSV_COLUMNS: CsvColumn<ProductRow>[] = [
  { header: "Image title", value: (r) => r.image.title },
  { header: "Image guid", value: (r) => r.image.guid },
  { header: "Image active", value: (r) => r.image.active },
  { header: "Product", value: (r) => r.name },
  { header: "Type", value: (r) => r.type },
  { header: "Media", value: (r) => r.media },
  { header: "Print size", value: size },
  { header: "Frame", value: (r) => r.frame },
  { header: "SKU", value: (r) => r.sku },
  { header: "Product code", value: (r) => r.product_code },
  { header: "Quantity in stock", value: (r) => r.quantity_in_stock },
  { header: "Cost", value: (r) => r.per_item_price },
  { header: "Asking price", value: (r) => r.asking_price },
  { header: "Margin", value: (r) => r.margin },
  { header: "Margin %", value: (r) => r.margin_pct },
  { header: "DPI", value: (r) => r.dpi },
  { header: "Flags", value: (r) => r.flags.join(" ") },
  { header: "Currency", value: (r) => r.monetary_format },
];
