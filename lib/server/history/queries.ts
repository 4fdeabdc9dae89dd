import "server-only";
import type { Kysely } from "kysely";
import type { ActivityAction } from "@/lib/schemas/activity";
import type { Position } from "@/lib/server/db/cursor";
import type {
  ActivityRow,
  Database,
  NewActivity,
  NewRemovedProduct,
  StoredOutcome,
} from "@/lib/server/db/schema";

export interface ActivityFilters {
  image?: string;
  actor?: string;
  action?: ActivityAction;
  batch?: string;
  from?: number;
  to?: number;
}

/** Writes the entries of one request and the products they will remove: all or nothing. */
export async function writePending(
  db: Kysely<Database>,
  entries: readonly NewActivity[],
  products: readonly NewRemovedProduct[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (entries.length > 0)
      await trx
        .insertInto("activity")
        .values([...entries])
        .execute();
    // Parameter limits (SQLite 32766, PostgreSQL 65535) are far off: 50 images x 9 columns.
    for (let i = 0; i < products.length; i += 500)
      await trx
        .insertInto("removed_product")
        .values(products.slice(i, i + 500))
        .execute();
  });
}

export interface Completion {
  outcome: Exclude<StoredOutcome, "pending">;
  errorCode?: string;
  referenceId?: string;
  /** For image.add: the guid FinerWorks gave the new image. */
  imageGuid?: string;
}

/** Completes pending entries (one transaction); an entry already completed is left as it is. */
export async function completeEntries(
  db: Kysely<Database>,
  completions: readonly (Completion & { id: string })[],
  now = Date.now(),
): Promise<void> {
  if (completions.length === 0) return;
  // Entries completed alike (one update_images call) take one statement.
  const groups = new Map<string, { completion: Completion; ids: string[] }>();
  for (const { id, ...completion } of completions) {
    const key = JSON.stringify(completion);
    const group = groups.get(key) ?? { completion, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  await db.transaction().execute(async (trx) => {
    for (const { completion: c, ids } of groups.values()) {
      await trx
        .updateTable("activity")
        .set({
          outcome: c.outcome,
          error_code: c.errorCode ?? null,
          reference_id: c.referenceId ?? null,
          completed_at: now,
          ...(c.imageGuid ? { image_guid: c.imageGuid.toLowerCase() } : {}),
        })
        .where("id", "in", ids)
        .where("outcome", "=", "pending")
        .execute();
    }
  });
}

export async function findActivity(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("activity")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

/** One page, newest first, strictly after `after`; `limit + 1` rows tell whether more follow. */
export async function listActivity(
  db: Kysely<Database>,
  filters: ActivityFilters,
  limit: number,
  after?: Position,
): Promise<ActivityRow[]> {
  let query = db.selectFrom("activity").selectAll();
  if (filters.image) query = query.where("image_guid", "=", filters.image);
  if (filters.actor) query = query.where("actor_email", "=", filters.actor);
  if (filters.action) query = query.where("action", "=", filters.action);
  if (filters.batch) query = query.where("batch_id", "=", filters.batch);
  if (filters.from !== undefined) query = query.where("at", ">=", filters.from);
  if (filters.to !== undefined) query = query.where("at", "<=", filters.to);
  if (after)
    query = query.where((eb) => eb(eb.refTuple("at", "id"), "<", eb.tuple(after.at, after.id)));
  return query.orderBy("at", "desc").orderBy("id", "desc").limit(limit).execute();
}
