// Triage views and saved views. The snapshot's images get each view's flag and the duplicate
// check's keys as columns, indexed so a view's count reads only the index; saved_view keeps
// the views each user saved.
import { sql, type Kysely } from "kysely";

const FLAGS = ["untitled", "missing_description", "low_resolution", "with_products"];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ["private_hires_uri", "file_name_key", "stem_key"]) {
    await db.schema.alterTable("snapshot_image").addColumn(column, "text").execute();
  }
  for (const flag of FLAGS) {
    await db.schema
      .alterTable("snapshot_image")
      .addColumn(flag, "integer", (c) => c.notNull().defaultTo(sql`0`))
      .execute();
    await db.schema
      .createIndex(`snapshot_image_${flag}`)
      .on("snapshot_image")
      .columns(["scan_id", flag, "date_added", "guid"])
      .execute();
  }
  await db.schema
    .createIndex("snapshot_image_hires")
    .on("snapshot_image")
    .columns(["scan_id", "private_hires_uri"])
    .execute();
  await db.schema
    .createIndex("snapshot_image_file")
    .on("snapshot_image")
    .columns(["scan_id", "file_name_key", "file_size"])
    .execute();
  await db.schema
    .createIndex("snapshot_image_stem")
    .on("snapshot_image")
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
  for (const index of ["hires", "file", "stem", ...FLAGS]) {
    await db.schema.dropIndex(`snapshot_image_${index}`).execute();
  }
  for (const column of ["private_hires_uri", "file_name_key", "stem_key", ...FLAGS]) {
    await db.schema.alterTable("snapshot_image").dropColumn(column).execute();
  }
}
