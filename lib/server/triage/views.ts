import "server-only";
// Counts and pages of the triage views, read from the snapshot images' per-flag indexes.
import type { Kysely } from "kysely";
import { SNAPSHOT_VIEWS, type SnapshotView } from "@/lib/triage/views";
import type { Database } from "@/lib/server/db/schema";
import type { ImageQuery } from "@/lib/schemas/image-query";

type Db = Kysely<Database>;

const COLUMN: Record<
  SnapshotView,
  "untitled" | "missing_description" | "low_resolution" | "with_products"
> = {
  "missing-description": "missing_description",
  untitled: "untitled",
  "low-resolution": "low_resolution",
  "with-products": "with_products",
};

const SORT_COLUMN = {
  date_added: "date_added",
  id: "fw_id",
  title: "title",
  file_name: "file_name",
  file_size: "file_size",
} as const;

export async function viewCount(db: Db, scanId: string, view: SnapshotView): Promise<number> {
  const row = await db
    .selectFrom("snapshot_image")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("scan_id", "=", scanId)
    .where(COLUMN[view], "=", 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function viewCounts(db: Db, scanId: string): Promise<Record<SnapshotView, number>> {
  const entries = await Promise.all(
    SNAPSHOT_VIEWS.map(async (view) => [view, await viewCount(db, scanId, view)] as const),
  );
  return Object.fromEntries(entries) as Record<SnapshotView, number>;
}

/** One page of a view's guids in the grid's sort order, and the view's count. */
export async function viewPage(
  db: Db,
  scanId: string,
  view: SnapshotView,
  query: Pick<ImageQuery, "sort" | "dir" | "page" | "per_page">,
): Promise<{ guids: string[]; count: number }> {
  const column = SORT_COLUMN[query.sort];
  const rows = await db
    .selectFrom("snapshot_image")
    .select("guid")
    .where("scan_id", "=", scanId)
    .where(COLUMN[view], "=", 1)
    .orderBy(column, query.dir)
    .orderBy("guid", query.dir)
    .limit(query.per_page)
    .offset((query.page - 1) * query.per_page)
    .execute();
  return { guids: rows.map((r) => r.guid), count: await viewCount(db, scanId, view) };
}
