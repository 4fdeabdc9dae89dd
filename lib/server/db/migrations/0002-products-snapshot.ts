// The library snapshot for the admin product review: scans, and the images and products each
// scan wrote. The rows of a scan become the snapshot when the scan is marked `done`.
import { sql, type Kysely } from "kysely";

const PRODUCT_SORT_COLUMNS = [
  "image_title",
  "name",
  "type",
  "sku",
  "margin_cents",
  "margin_pct",
  "asking_cents",
  "cost_cents",
  "dpi",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("product_scan")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("library", "text", (c) => c.notNull())
    .addColumn("pages_done", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("pages_total", "integer")
    .addColumn("images", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("products", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("finished_at", "bigint")
    .addColumn("lease_until", "bigint", (c) => c.notNull())
    .addColumn("started_by", "text")
    .addColumn("cancel_requested", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("error_code", "text")
    .addColumn("error_message", "text")
    .addColumn("error_reference_id", "text")
    .execute();
  await db.schema
    .createIndex("product_scan_state")
    .on("product_scan")
    .columns(["state", "finished_at"])
    .execute();
  // One scan at a time across every instance on this store: a second `running` row cannot exist.
  await db.schema
    .createIndex("product_scan_one_running")
    .on("product_scan")
    .column("state")
    .unique()
    .where(sql<boolean>`state = 'running'`)
    .execute();
  await db.schema
    .createIndex("product_scan_started")
    .on("product_scan")
    .column("started_at")
    .execute();

  await db.schema
    .createTable("snapshot_image")
    .addColumn("scan_id", "text", (c) => c.notNull())
    .addColumn("guid", "text", (c) => c.notNull())
    .addColumn("fw_id", "bigint", (c) => c.notNull())
    .addColumn("library", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("file_name", "text")
    .addColumn("file_size", "bigint")
    .addColumn("pix_w", "integer")
    .addColumn("pix_h", "integer")
    .addColumn("active", "integer", (c) => c.notNull())
    .addColumn("date_added", "text", (c) => c.notNull())
    .addColumn("public_thumbnail_uri", "text")
    .addColumn("public_preview_uri", "text")
    .addColumn("products_count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("snapshot_image_pk", ["scan_id", "guid"])
    .execute();

  await db.schema
    .createTable("snapshot_product")
    .addColumn("scan_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("image_guid", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("image_title", "text", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("sku", "text", (c) => c.notNull())
    .addColumn("product_code", "text")
    .addColumn("product_guid", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("media", "text")
    .addColumn("frame", "text")
    .addColumn("print_width_in", "double precision")
    .addColumn("print_height_in", "double precision")
    .addColumn("print_area", "double precision")
    .addColumn("dpi", "integer")
    .addColumn("quantity_in_stock", "integer")
    .addColumn("cost_cents", "integer", (c) => c.notNull())
    .addColumn("asking_cents", "integer")
    .addColumn("margin_cents", "integer")
    .addColumn("margin_pct", "double precision")
    .addColumn("flag_loss", "integer", (c) => c.notNull())
    .addColumn("flag_thin_margin", "integer", (c) => c.notNull())
    .addColumn("flag_no_asking_price", "integer", (c) => c.notNull())
    .addColumn("flag_low_resolution", "integer", (c) => c.notNull())
    .addColumn("flag_below_300_dpi", "integer", (c) => c.notNull())
    .addColumn("flag_inactive_image", "integer", (c) => c.notNull())
    .addColumn("flag_duplicate_sku", "integer", (c) => c.notNull())
    .addColumn("monetary_format", "text")
    .addColumn("description_short", "text")
    .addColumn("description_long", "text")
    .addColumn("labels", "text", (c) => c.notNull())
    .addColumn("image_urls", "text", (c) => c.notNull())
    .addColumn("third_party_integrations", "text")
    .addPrimaryKeyConstraint("snapshot_product_pk", ["scan_id", "id"])
    .execute();
  await db.schema
    .createIndex("snapshot_product_image")
    .on("snapshot_product")
    .columns(["scan_id", "image_guid"])
    .execute();
  for (const column of PRODUCT_SORT_COLUMNS) {
    await db.schema
      .createIndex(`snapshot_product_${column}`)
      .on("snapshot_product")
      .columns(["scan_id", column, "id"])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("snapshot_product").execute();
  await db.schema.dropTable("snapshot_image").execute();
  await db.schema.dropTable("product_scan").execute();
}
