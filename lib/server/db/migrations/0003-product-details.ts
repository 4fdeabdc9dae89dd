// A product's long details (description HTML, labels, image URLs, integrations) move to a table
// of their own: the table's sorts, filters and summary scan snapshot_product, which stays narrow
// (a 20,000-product summary read 30 MB of rows with them, ~10x the time). Scans get a revision.
import type { Kysely } from "kysely";

const DETAIL_COLUMNS = [
  "monetary_format",
  "description_short",
  "description_long",
  "labels",
  "image_urls",
  "third_party_integrations",
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("snapshot_product_detail")
    .addColumn("scan_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("image_guid", "text", (c) => c.notNull())
    .addColumn("monetary_format", "text")
    .addColumn("description_short", "text")
    .addColumn("description_long", "text")
    .addColumn("labels", "text", (c) => c.notNull())
    .addColumn("image_urls", "text", (c) => c.notNull())
    .addColumn("third_party_integrations", "text")
    .addPrimaryKeyConstraint("snapshot_product_detail_pk", ["scan_id", "id"])
    .execute();
  await db.schema
    .createIndex("snapshot_product_detail_image")
    .on("snapshot_product_detail")
    .columns(["scan_id", "image_guid"])
    .execute();
  // Snapshots are rebuilt by the next scan: the rows written before this are dropped, not moved.
  await db.deleteFrom("snapshot_product" as never).execute();
  await db.deleteFrom("snapshot_image" as never).execute();
  await db
    .updateTable("product_scan" as never)
    .set({ state: "failed", error_code: "superseded" } as never)
    .where("state" as never, "in", ["done", "running"] as never)
    .execute();
  for (const column of DETAIL_COLUMNS)
    await db.schema.alterTable("snapshot_product").dropColumn(column).execute();
  // Bumped by every change our own edits and adds make to a scan's rows (the summary cache key).
  await db.schema
    .alterTable("product_scan")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("product_scan").dropColumn("revision").execute();
  await db.schema.alterTable("snapshot_product").addColumn("monetary_format", "text").execute();
  await db.schema.alterTable("snapshot_product").addColumn("description_short", "text").execute();
  await db.schema.alterTable("snapshot_product").addColumn("description_long", "text").execute();
  await db.schema
    .alterTable("snapshot_product")
    .addColumn("labels", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("snapshot_product")
    .addColumn("image_urls", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("snapshot_product")
    .addColumn("third_party_integrations", "text")
    .execute();
  await db.schema.dropTable("snapshot_product_detail").execute();
}
