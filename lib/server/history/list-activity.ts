import "server-only";
import type { ActivityEntry, ActivityPage, ActivityQuery } from "@/lib/schemas/activity";
import type { CsvColumn } from "@/lib/server/csv";
import { withStore } from "@/lib/server/db";
import { listActivity, type ActivityFilters } from "@/lib/server/history/queries";
import { decodeCursor, encodeCursor, type Position } from "@/lib/server/db/cursor";
import type { ActivityRow } from "@/lib/server/db/schema";

const iso = (ms: number) => new Date(ms).toISOString();

/** A row as the API shows it; a pending entry past its deadline never got an answer: "unknown". */
export function toActivityEntry(row: ActivityRow, now = Date.now()): ActivityEntry {
  const text = (title: string | null, description: string | null) => ({ title, description });
  const hasBefore = row.action !== "image.add";
  return {
    id: row.id,
    at: iso(row.at),
    actor: { email: row.actor_email, name: row.actor_name, role: row.actor_role },
    action: row.action,
    image: { guid: row.image_guid, title: row.image_title },
    before: hasBefore ? text(row.before_title, row.before_description) : null,
    after: text(row.after_title, row.after_description),
    outcome: row.outcome === "pending" && row.deadline_at < now ? "unknown" : row.outcome,
    error_code: row.error_code,
    reference_id: row.reference_id,
    request_id: row.request_id,
    batch_id: row.batch_id,
    restore_of: row.restore_of,
    removed_products_count: row.removed_products_count,
  };
}

const filtersOf = (q: ActivityQuery): ActivityFilters => ({
  image: q.image,
  actor: q.actor,
  action: q.action,
  batch: q.batch,
  from: q.from,
  to: q.to,
});

export async function activityPage(query: ActivityQuery): Promise<ActivityPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await withStore("read the history", (s) =>
    listActivity(s.db, filtersOf(query), query.limit + 1, after),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page.map((row) => toActivityEntry(row)),
    next_cursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

const EXPORT_PAGE = 500;

/** Every entry the filters match (from the cursor on, if given), page by page. */
export async function* activityExportPages(query: ActivityQuery): AsyncGenerator<ActivityEntry[]> {
  let after: Position | undefined = query.cursor ? decodeCursor(query.cursor) : undefined;
  const filters = filtersOf(query);
  for (;;) {
    const rows = await withStore("export the history", (s) =>
      listActivity(s.db, filters, EXPORT_PAGE, after),
    );
    if (rows.length > 0) yield rows.map((row) => toActivityEntry(row));
    const last = rows.at(-1);
    if (rows.length < EXPORT_PAGE || !last) return;
    after = last;
  }
}

export const ACTIVITY_CSV_COLUMNS: CsvColumn<ActivityEntry>[] = [
  { header: "id", value: (e) => e.id },
  { header: "at", value: (e) => e.at },
  { header: "actor_email", value: (e) => e.actor.email },
  { header: "actor_name", value: (e) => e.actor.name },
  { header: "actor_role", value: (e) => e.actor.role },
  { header: "action", value: (e) => e.action },
  { header: "image_guid", value: (e) => e.image.guid },
  { header: "image_title", value: (e) => e.image.title },
  { header: "before_title", value: (e) => e.before?.title },
  { header: "before_description", value: (e) => e.before?.description },
  { header: "after_title", value: (e) => e.after?.title },
  { header: "after_description", value: (e) => e.after?.description },
  { header: "outcome", value: (e) => e.outcome },
  { header: "error_code", value: (e) => e.error_code },
  { header: "reference_id", value: (e) => e.reference_id },
  { header: "request_id", value: (e) => e.request_id },
  { header: "batch_id", value: (e) => e.batch_id },
  { header: "restore_of", value: (e) => e.restore_of },
  { header: "removed_products_count", value: (e) => e.removed_products_count },
];
