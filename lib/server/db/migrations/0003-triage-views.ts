// Triage views and saved views. triage_image is the library snapshot (snapshot_image of a done
// scan) with each view's flag worked out once as a column, indexed so a view's count reads
// only the index; and the keys the duplicate check looks up. saved_view: views saved per user.
import type { Kysely } from "kysely";

const FLAGS = ["untitled", "missing_description", "low_resolution", "with_products"];

export async function up(db: Kysely<unknown>): Promise<void> {
  // The duplicate check's "same hi-res URL" key; the scan writes it with each image.
  await db.schema.alterTable("snapshot_image").addColumn("private_hires_uri", "text").execute();
  await db.schema
    .createTable("triage_index")
    .addColumn("scan_id", "text", (c) => c.primaryKey())
    .addColumn("library", "text", (c) => c.notNull())
    .addColumn("indexed_at", "bigint", (c) => c.notNull())
    .addColumn("images", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("triage_image")
    .addColumn("scan_id", "text", (c) => c.notNull())
    .addColumn("guid", "text", (c) => c.notNull())
    .addColumn("fw_id", "bigint", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("file_name", "text")
    .addColumn("file_size", "bigint")
    .addColumn("pix_w", "integer")
    .addColumn("pix_h", "integer")
    .addColumn("date_added", "text", (c) => c.notNull())
    .addColumn("hires_uri", "text")
    .addColumn("file_name_key", "text")
    .addColumn("stem_key", "text")
    .addColumn("untitled", "integer", (c) => c.notNull())
    .addColumn("missing_description", "integer", (c) => c.notNull())
    .addColumn("low_resolution", "integer", (c) => c.notNull())
    .addColumn("with_products", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("triage_image_pk", ["scan_id", "guid"])
    .execute();
  for (const flag of FLAGS) {
    // Count and first page of a view from the index alone.
    await db.schema
      .createIndex(`triage_image_${flag}`)
      .on("triage_image")
      .columns(["scan_id", flag, "date_added", "guid"])
      .execute();
  }
  await db.schema
    .createIndex("triage_image_hires")
    .on("triage_image")
    .columns(["scan_id", "hires_uri"])
    .execute();
  await db.schema
    .createIndex("triage_image_file")
    .on("triage_image")
    .columns(["scan_id", "file_name_key", "file_size"])
    .execute();
  await db.schema
    .createIndex("triage_image_stem")
    .on("triage_image")
    .columns(["scan_id", "stem_key", "pix_w", "pix_h"])
    .execute();

  await db.schema
    .createTable("saved_view")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("owner_email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("search", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("saved_view_owner_name", ["owner_email", "name"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("saved_view").execute();
  await db.schema.dropTable("triage_image").execute();
  await db.schema.dropTable("triage_index").execute();
  await db.schema.alterTable("snapshot_image").dropColumn("private_hires_uri").execute();
}
