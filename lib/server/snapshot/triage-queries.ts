import "server-only";
// The grid's query answered by the library snapshot's images: every filter in SQL (so counts
// and pages agree), sorted and paged here. Used for the triage views and the "Products" sort,
// and for the file names the search looks up (FinerWorks' own search covers titles and
// descriptions only).
import { sql, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { ImageQuery } from "@/lib/schemas/image-query";
import type { Database } from "@/lib/server/db/schema";
import type { SnapshotView } from "@/lib/triage/view-names";

type Db = Kysely<Database>;
type Eb = ExpressionBuilder<Database, "snapshot_image">;

export type SnapshotFilters = Pick<
  ImageQuery,
  "q" | "from" | "to" | "active" | "has_products" | "triage" | "guids"
>;
export type SnapshotPageQuery = SnapshotFilters &
  Pick<ImageQuery, "sort" | "dir" | "page" | "per_page">;

/** Each triage view's flag column. */
export const VIEW_COLUMN: Record<
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
  products: "products_count",
} as const satisfies Record<ImageQuery["sort"], string>;

/** "Contains `text`" as a LIKE pattern, lower case, the user's own `%`, `_` and `\` literal. */
export function containsPattern(text: string): string {
  const escaped = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  return `%${escaped}%`;
}

const like = (column: "title" | "description" | "file_name_key", pattern: string) =>
  column === "file_name_key"
    ? sql<SqlBool>`file_name_key like ${pattern} escape '\\'`
    : sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;

/** What a card shows: title, description and file name. */
const matchesSearch = (eb: Eb, pattern: string) =>
  eb.or([like("title", pattern), like("description", pattern), like("file_name_key", pattern)]);

/** Every filter but the search (dates are the calendar day date_added is written in). */
function whereFilters(eb: Eb, scanId: string, filters: Omit<SnapshotFilters, "q">) {
  const day = sql<string>`substr(date_added, 1, 10)`;
  const terms = [eb("scan_id", "=", scanId)];
  if (filters.from) terms.push(eb(day, ">=", filters.from));
  if (filters.to) terms.push(eb(day, "<=", filters.to));
  if (filters.active !== undefined) terms.push(eb("active", "=", filters.active ? 1 : 0));
  if (filters.has_products) terms.push(eb("products_count", ">", 0));
  if (filters.triage) terms.push(eb(VIEW_COLUMN[filters.triage], "=", 1));
  if (filters.guids?.length)
    terms.push(
      eb(
        "guid",
        "in",
        filters.guids.map((g) => g.toLowerCase()),
      ),
    );
  return eb.and(terms);
}

/** One page of the images the query matches, in its sort order, and how many match in all. */
export async function snapshotPage(
  db: Db,
  scanId: string,
  query: SnapshotPageQuery,
): Promise<{ guids: string[]; count: number }> {
  const matching = db.selectFrom("snapshot_image").where((eb) => {
    const filters = whereFilters(eb, scanId, query);
    return query.q ? eb.and([filters, matchesSearch(eb, containsPattern(query.q))]) : filters;
  });
  // Ties go the same way as the sort (as FinerWorks breaks them by id), newest first within.
  let page = matching.select("guid").orderBy(SORT_COLUMN[query.sort], query.dir);
  if (query.sort === "products") page = page.orderBy("date_added", query.dir);
  const [rows, total] = await Promise.all([
    page
      .orderBy("guid", query.dir)
      .limit(query.per_page)
      .offset((query.page - 1) * query.per_page)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { guids: rows.map((r) => r.guid), count: Number(total.n) };
}

/**
 * The images whose file name contains `q` while their title and description (as the snapshot
 * has them) do not: what FinerWorks' search misses. At most `limit`, taken in file-name order:
 * the file-name index is read in its own order and stops once `limit` are found, so a term most
 * names contain costs no more than a rare one (the caller sorts them through FinerWorks).
 */
export async function fileNameOnlyMatches(
  db: Db,
  scanId: string,
  q: string,
  filters: Omit<SnapshotFilters, "q">,
  limit: number,
): Promise<string[]> {
  const pattern = containsPattern(q);
  const rows = await db
    .selectFrom("snapshot_image")
    .select("guid")
    .where((eb) =>
      eb.and([
        whereFilters(eb, scanId, filters),
        like("file_name_key", pattern),
        eb.not(eb.or([like("title", pattern), like("description", pattern)])),
      ]),
    )
    .orderBy("file_name_key")
    .orderBy("guid")
    .limit(limit)
    .execute();
  return rows.map((r) => r.guid);
}
