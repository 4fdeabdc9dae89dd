// The library snapshot's tables, typed for Kysely: every row belongs to one scan, and the
// snapshot the app reads is the newest scan whose state is `done` (see the 0002 migration).
// Money is whole cents and booleans are 0/1, so both engines compare and sum them exactly.
import type { Insertable, Selectable } from "kysely";
import type { ProductScanState } from "@/lib/schemas/products";
import type { SnapshotImageTriageColumns } from "./triage-tables";

export interface ProductScanTable {
  id: string;
  state: ProductScanState;
  library: string;
  pages_done: number;
  pages_total: number | null;
  images: number;
  products: number;
  started_at: number;
  finished_at: number | null;
  /** A running scan whose lease passed was abandoned (its process died); another may start. */
  lease_until: number;
  started_by: string | null;
  /** An admin asked to stop it; the scanning process sees it between pages. */
  cancel_requested: number;
  error_code: string | null;
  error_message: string | null;
  error_reference_id: string | null;
  /** Bumped by each of our own edits or adds applied to this scan's rows. */
  revision: number;
}

export interface SnapshotImageTable extends SnapshotImageTriageColumns {
  scan_id: string;
  guid: string;
  /** FinerWorks' numeric id (the scan's sort order). */
  fw_id: number;
  library: string;
  title: string;
  description: string;
  file_name: string | null;
  file_size: number | null;
  pix_w: number | null;
  pix_h: number | null;
  active: number;
  date_added: string;
  public_thumbnail_uri: string | null;
  public_preview_uri: string | null;
  products_count: number;
}

export interface SnapshotProductTable {
  scan_id: string;
  /** `<image guid>:<position>`, unique within a scan. */
  id: string;
  image_guid: string;
  position: number;
  /** Copied from the image so sorting and searching by it needs no join. */
  image_title: string;
  /** lower(image title, sku, product code, name), what `q` searches. */
  search_text: string;
  sku: string;
  product_code: string | null;
  product_guid: string | null;
  name: string;
  type: string;
  media: string | null;
  frame: string | null;
  print_width_in: number | null;
  print_height_in: number | null;
  /** Square inches: what sorting by print size orders by. */
  print_area: number | null;
  dpi: number | null;
  quantity_in_stock: number | null;
  cost_cents: number;
  asking_cents: number | null;
  margin_cents: number | null;
  margin_pct: number | null;
  flag_loss: number;
  flag_thin_margin: number;
  flag_no_asking_price: number;
  flag_low_resolution: number;
  flag_below_300_dpi: number;
  flag_inactive_image: number;
  flag_duplicate_sku: number;
}

/** The long details of a product, read only for the rows of a page (see the 0003 migration). */
export interface SnapshotProductDetailTable {
  scan_id: string;
  id: string;
  image_guid: string;
  monetary_format: string | null;
  description_short: string | null;
  /** Sanitised when written. */
  description_long: string | null;
  /** JSON: labels by priority, the image_url_1..5 given, third_party_integrations. */
  labels: string;
  image_urls: string;
  third_party_integrations: string | null;
}

export interface ProductTables {
  product_scan: ProductScanTable;
  snapshot_image: SnapshotImageTable;
  snapshot_product: SnapshotProductTable;
  snapshot_product_detail: SnapshotProductDetailTable;
}

export type ProductScanRow = Selectable<ProductScanTable>;
export type SnapshotImageRow = Selectable<SnapshotImageTable>;
export type NewSnapshotImage = Insertable<SnapshotImageTable>;
export type SnapshotProductRow = Selectable<SnapshotProductTable>;
export type NewSnapshotProduct = Insertable<SnapshotProductTable>;
export type SnapshotProductDetailRow = Selectable<SnapshotProductDetailTable>;
export type NewSnapshotProductDetail = Insertable<SnapshotProductDetailTable>;
