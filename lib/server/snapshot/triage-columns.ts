import "server-only";
// The triage side of the library snapshot: the columns each snapshot image carries for the
// views and the duplicate check, and which scan is the snapshot.
import type { Kysely } from "kysely";
import { fileStem, triageFlags } from "@/lib/triage/views";
import type { Database } from "@/lib/server/db/schema";
import type { SnapshotImageTriageColumns } from "@/lib/server/db/triage-tables";

const bit = (value: boolean) => (value ? 1 : 0);

export interface SnapshotInfo {
  scan_id: string;
  /** When the scan finished (epoch ms): "As of <time>". */
  as_of: number;
}

/** The flags and keys of one image as FinerWorks sent it (written with its snapshot row). */
export function triageColumns(image: {
  title: string;
  description: string;
  file_name: string | null;
  pix_w: number | null;
  pix_h: number | null;
  private_hires_uri: string | null;
  products?: readonly unknown[] | null;
}): SnapshotImageTriageColumns {
  const flags = triageFlags({ ...image, products_count: image.products?.length ?? 0 });
  const name = image.file_name?.trim().toLowerCase();
  return {
    private_hires_uri: image.private_hires_uri?.trim() || null,
    file_name_key: name || null,
    stem_key: fileStem(name) || null,
    untitled: bit(flags.untitled),
    missing_description: bit(flags.missing_description),
    low_resolution: bit(flags.low_resolution),
    with_products: bit(flags.with_products),
  };
}

/** The flags an edit of title and description changes (an edit also removes the products). */
export function editedTriageColumns(edit: {
  title: string;
  description: string;
  file_name: string | null;
}): Pick<SnapshotImageTriageColumns, "untitled" | "missing_description" | "with_products"> {
  const flags = triageFlags({ ...edit, pix_w: null, pix_h: null, products_count: 0 });
  return {
    untitled: bit(flags.untitled),
    missing_description: bit(flags.missing_description),
    with_products: 0,
  };
}

/** The newest finished scan of `library`, or null when the library was never scanned. */
export async function latestSnapshot(
  db: Kysely<Database>,
  library: string,
): Promise<SnapshotInfo | null> {
  const row = await db
    .selectFrom("product_scan")
    .select(["id", "finished_at", "started_at"])
    .where("state", "=", "done")
    .where("library", "=", library)
    .orderBy("finished_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? { scan_id: row.id, as_of: Number(row.finished_at ?? row.started_at) } : null;
}
