// History of changes and the archive of removed products, with the indexes the feed filters on.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("activity")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("deadline_at", "bigint", (c) => c.notNull())
    .addColumn("completed_at", "bigint")
    .addColumn("actor_email", "text", (c) => c.notNull())
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("actor_role", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("image_guid", "text")
    .addColumn("image_title", "text")
    .addColumn("before_title", "text")
    .addColumn("before_description", "text")
    .addColumn("after_title", "text")
    .addColumn("after_description", "text")
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("error_code", "text")
    .addColumn("reference_id", "text")
    .addColumn("request_id", "text", (c) => c.notNull())
    .addColumn("batch_id", "text")
    .addColumn("restore_of", "text")
    .addColumn("removed_products_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // Newest first, by time alone or within one image, actor or batch.
  const indexes: [string, string[]][] = [
    ["activity_at", ["at", "id"]],
    ["activity_image_at", ["image_guid", "at", "id"]],
    ["activity_actor_at", ["actor_email", "at", "id"]],
    ["activity_batch_at", ["batch_id", "at", "id"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on("activity").columns(columns).execute();
  }

  await db.schema
    .createTable("removed_product")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("activity_id", "text", (c) => c.notNull())
    .addColumn("image_guid", "text", (c) => c.notNull())
    .addColumn("image_title", "text")
    .addColumn("image_thumbnail", "text")
    .addColumn("sku", "text", (c) => c.notNull())
    .addColumn("product_code", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("product", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("removed_product_activity")
    .on("removed_product")
    .columns(["activity_id", "id"])
    .execute();
  await db.schema.createIndex("removed_product_sku").on("removed_product").column("sku").execute();
  await db.schema
    .createIndex("removed_product_image")
    .on("removed_product")
    .column("image_guid")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("removed_product").execute();
  await db.schema.dropTable("activity").execute();
}
