import "server-only";
// Counts of the triage views, read from the snapshot images' per-flag indexes.
import type { Kysely } from "kysely";
import { SNAPSHOT_VIEWS, type SnapshotView } from "@/lib/triage/views";
import type { Database } from "@/lib/server/db/schema";
import { VIEW_COLUMN } from "./triage-queries";

type Db = Kysely<Database>;

export async function viewCount(db: Db, scanId: string, view: SnapshotView): Promise<number> {
  const row = await db
    .selectFrom("snapshot_image")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("scan_id", "=", scanId)
    .where(VIEW_COLUMN[view], "=", 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function viewCounts(db: Db, scanId: string): Promise<Record<SnapshotView, number>> {
  const entries = await Promise.all(
    SNAPSHOT_VIEWS.map(async (view) => [view, await viewCount(db, scanId, view)] as const),
  );
  return Object.fromEntries(entries) as Record<SnapshotView, number>;
}
