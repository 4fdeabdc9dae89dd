import "server-only";
import { sql, type Kysely } from "kysely";
import type { Position } from "@/lib/server/db/cursor";
import type { Database } from "@/lib/server/db/schema";

export interface RemovedProductFilters {
  /** Words in the SKU, product code, product name or image title (any case). */
  q?: string;
  sku?: string;
  image?: string;
  actor?: string;
  from?: number;
  to?: number;
}

export interface ArchivedProduct {
  id: string;
  activity_id: string;
  at: number;
  actor_email: string;
  actor_name: string;
  image_guid: string;
  image_title: string | null;
  image_thumbnail: string | null;
  product: string;
}

/** Escapes LIKE's wildcards so a search for "50%" finds "50%". */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Products removed by an edit through this dashboard, newest first: those of a failed edit were
 * not removed and are left out; those of an edit whose outcome is unknown are kept.
 */
export async function listRemovedProducts(
  db: Kysely<Database>,
  filters: RemovedProductFilters,
  limit: number,
  after?: Position,
): Promise<ArchivedProduct[]> {
  let query = db
    .selectFrom("removed_product as p")
    .innerJoin("activity as a", "a.id", "p.activity_id")
    .select([
      "p.id",
      "p.activity_id",
      "a.at",
      "a.actor_email",
      "a.actor_name",
      "p.image_guid",
      "p.image_title",
      "p.image_thumbnail",
      "p.product",
    ])
    .where("a.outcome", "!=", "failed");
  if (filters.sku) query = query.where("p.sku", "=", filters.sku);
  if (filters.image) query = query.where("p.image_guid", "=", filters.image);
  if (filters.actor) query = query.where("a.actor_email", "=", filters.actor);
  if (filters.from !== undefined) query = query.where("a.at", ">=", filters.from);
  if (filters.to !== undefined) query = query.where("a.at", "<=", filters.to);
  if (filters.q) {
    const pattern = `%${likeEscape(filters.q.toLowerCase())}%`;
    // SQLite has no default LIKE escape character; PostgreSQL's is the same backslash.
    query = query.where((eb) =>
      eb.or(
        (["p.sku", "p.product_code", "p.name", "p.image_title"] as const).map(
          (column) =>
            sql<boolean>`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  if (after)
    query = query.where((eb) => eb(eb.refTuple("a.at", "p.id"), "<", eb.tuple(after.at, after.id)));
  return query.orderBy("a.at", "desc").orderBy("p.id", "desc").limit(limit).execute();
}
