// The library grid's snapshot lookups: its "Products" sort pages the snapshot's images by
// product count, and its search looks up file names in the snapshot (FinerWorks' own search
// covers titles and descriptions only). Both indexes lead with the scan, as every read does.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("snapshot_image_products_count")
    .on("snapshot_image")
    .columns(["scan_id", "products_count", "date_added", "guid"])
    .execute();
  // A substring match cannot seek, but it reads this narrow index instead of the whole rows.
  await db.schema
    .createIndex("snapshot_image_file_name_guid")
    .on("snapshot_image")
    .columns(["scan_id", "file_name_key", "guid"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("snapshot_image_file_name_guid").execute();
  await db.schema.dropIndex("snapshot_image_products_count").execute();
}
