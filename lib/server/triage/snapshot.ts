import "server-only";
// The triage index of the library snapshot: the newest done scan's snapshot_image rows, each
// with its view flags and duplicate keys as columns (indexed once per scan, on first use).
import type { Kysely } from "kysely";
import { fileStem, triageFlags } from "@/lib/triage/views";
import type { Database } from "@/lib/server/db/schema";
import type { NewTriageImage } from "@/lib/server/db/triage-tables";

type Db = Kysely<Database>;
const CHUNK = 500;
const bit = (value: boolean) => (value ? 1 : 0);

export interface SnapshotInfo {
  scan_id: string;
  /** When the scan finished (epoch ms): "As of <time>". */
  as_of: number;
}

/** The newest finished scan of `library`, or null when the library was never scanned. */
export async function latestSnapshot(db: Db, library: string): Promise<SnapshotInfo | null> {
  const row = await db
    .selectFrom("product_scan")
    .select(["id", "finished_at", "started_at"])
    .where("state", "=", "done")
    .where("library", "=", library)
    .orderBy("finished_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? { scan_id: row.id, as_of: Number(row.finished_at ?? row.started_at) } : null;
}

/** Writes the triage rows of one scan (and drops older scans' rows). Idempotent. */
export async function indexSnapshot(db: Db, snapshot: SnapshotInfo, library: string) {
  const done = await db
    .selectFrom("triage_index")
    .select("scan_id")
    .where("scan_id", "=", snapshot.scan_id)
    .executeTakeFirst();
  if (done) return;
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom("triage_image").where("scan_id", "=", snapshot.scan_id).execute();
    let after = "";
    let images = 0;
    for (;;) {
      const rows = await tx
        .selectFrom("snapshot_image")
        .selectAll()
        .where("scan_id", "=", snapshot.scan_id)
        .where("guid", ">", after)
        .orderBy("guid")
        .limit(CHUNK)
        .execute();
      if (rows.length === 0) break;
      const values: NewTriageImage[] = rows.map((row) => {
        const flags = triageFlags({ ...row, products_count: Number(row.products_count) });
        const stem = fileStem(row.file_name).toLowerCase();
        return {
          scan_id: snapshot.scan_id,
          guid: row.guid,
          fw_id: Number(row.fw_id),
          title: row.title,
          file_name: row.file_name,
          file_size: row.file_size === null ? null : Number(row.file_size),
          pix_w: row.pix_w,
          pix_h: row.pix_h,
          date_added: row.date_added,
          hires_uri: row.private_hires_uri,
          file_name_key: row.file_name ? row.file_name.trim().toLowerCase() : null,
          stem_key: stem || null,
          untitled: bit(flags.untitled),
          missing_description: bit(flags.missing_description),
          low_resolution: bit(flags.low_resolution),
          with_products: bit(flags.with_products),
        };
      });
      // 16 columns a row: well under SQLite's 32766 bound parameters per statement.
      await tx.insertInto("triage_image").values(values).execute();
      images += rows.length;
      after = rows[rows.length - 1]?.guid ?? after;
    }
    await tx
      .insertInto("triage_index")
      .values({ scan_id: snapshot.scan_id, library, indexed_at: Date.now(), images })
      .execute();
    await tx.deleteFrom("triage_image").where("scan_id", "!=", snapshot.scan_id).execute();
    await tx.deleteFrom("triage_index").where("scan_id", "!=", snapshot.scan_id).execute();
  });
}
