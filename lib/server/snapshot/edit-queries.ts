import "server-only";
// Our own changes applied to the snapshot at once, so it stays true without a rescan: an edit
// of an inventory image removes its products (FinerWorks does) and changes its text; an added
// inventory image is added. Applied to the snapshot and to a running scan's rows alike.
import type { Kysely } from "kysely";
import { liveScanIds } from "./scan-queries";
import { markDuplicateSkus } from "./scan-page-writes";
import type { NewSnapshotImage } from "@/lib/server/db/product-tables";
import type { Database } from "@/lib/server/db/schema";
import { editedTriageColumns } from "@/lib/server/snapshot/triage-columns";

export interface EditedImage {
  guid: string;
  title: string;
  description: string;
}

async function liveScans(db: Kysely<Database>): Promise<string[]> {
  const rows = await liveScanIds(db).execute();
  return rows.map((r) => r.id);
}

async function bumpRevision(db: Kysely<Database>, scanIds: readonly string[]): Promise<void> {
  if (scanIds.length === 0) return;
  await db
    .updateTable("product_scan")
    .set((eb) => ({ revision: eb("revision", "+", 1) }))
    .where("id", "in", scanIds)
    .execute();
}

/** Edited images: new text, no products (the SKUs they leave may stop being duplicates). */
export async function applyEditsToSnapshot(
  db: Kysely<Database>,
  edits: readonly EditedImage[],
): Promise<{ removedProducts: number }> {
  if (edits.length === 0) return { removedProducts: 0 };
  const scanIds = await liveScans(db);
  const guids = edits.map((e) => e.guid.toLowerCase());
  let removedProducts = 0;
  await db.transaction().execute(async (tx) => {
    for (const scanId of scanIds) {
      for (const edit of edits) {
        const current = await tx
          .selectFrom("snapshot_image")
          .select("file_name")
          .where("scan_id", "=", scanId)
          .where("guid", "=", edit.guid.toLowerCase())
          .executeTakeFirst();
        await tx
          .updateTable("snapshot_image")
          .set({
            title: edit.title,
            description: edit.description,
            products_count: 0,
            ...editedTriageColumns({ ...edit, file_name: current?.file_name ?? null }),
          })
          .where("scan_id", "=", scanId)
          .where("guid", "=", edit.guid.toLowerCase())
          .execute();
      }
      const skus = await tx
        .selectFrom("snapshot_product")
        .select("sku")
        .distinct()
        .where("scan_id", "=", scanId)
        .where("image_guid", "in", guids)
        .execute();
      const removed = await tx
        .deleteFrom("snapshot_product")
        .where("scan_id", "=", scanId)
        .where("image_guid", "in", guids)
        .executeTakeFirst();
      removedProducts += Number(removed.numDeletedRows);
      await tx
        .deleteFrom("snapshot_product_detail")
        .where("scan_id", "=", scanId)
        .where("image_guid", "in", guids)
        .execute();
      await markDuplicateSkus(
        tx,
        scanId,
        skus.map((s) => s.sku),
      );
    }
  });
  await bumpRevision(db, scanIds);
  return { removedProducts };
}

/** Images just added to the inventory library (they have no products yet). */
export async function addImagesToSnapshot(
  db: Kysely<Database>,
  images: readonly Omit<NewSnapshotImage, "scan_id">[],
): Promise<void> {
  if (images.length === 0) return;
  const scanIds = await liveScans(db);
  if (scanIds.length === 0) return;
  await db
    .insertInto("snapshot_image")
    .values(scanIds.flatMap((scanId) => images.map((image) => ({ ...image, scan_id: scanId }))))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await bumpRevision(db, scanIds);
}
