// The image-list query: one table for the URL of /images, the query string of GET /api/images,
// the client's query keys and the list_images request (parsed the same way everywhere).
import { z } from "zod";
import { LIBRARY_NAMES } from "@/lib/schemas/finerworks";
import { SNAPSHOT_VIEWS } from "@/lib/triage/view-names";
import { guidSchema } from "./guid";
import { hasControlCharacters } from "./unicode-text";
import { defineQuery, field, wholeNumber, type QueryOf, type QueryRule } from "./query-fields";

export const SORT_KEYS = [
  "date_added",
  "id",
  "title",
  "file_name",
  "file_size",
  "products",
] as const;
export const SORT_DIRS = ["asc", "desc"] as const;
export const PAGE_SIZES = [12, 24, 48] as const;
export const DEFAULT_PER_PAGE = 24;
export const MAX_PER_PAGE = 50;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "must be a real calendar date");

const boolString = z.enum(["true", "false"]).transform((v) => v === "true");

const SORT_DIRECTION = { asc: "ASC", desc: "DESC" } as const;

// URL words -> FinerWorks words, in this one table: a new filter is one more row.
export const IMAGE_QUERY_FIELDS = {
  page: field(wholeNumber(1, 100_000, "must be 1 to 100000").default(1), (page) => ({
    page_number: page,
  })),
  per_page: field(
    wholeNumber(1, MAX_PER_PAGE, "must be 1 to 50").default(DEFAULT_PER_PAGE),
    (perPage) => ({ per_page: perPage }),
  ),
  // "products" (product count) is the library snapshot's: FinerWorks cannot sort by it.
  sort: field(z.enum(SORT_KEYS).default("date_added"), (sort) =>
    sort === "products" ? {} : { sort_field: sort },
  ),
  dir: field(z.enum(SORT_DIRS).default("desc"), (dir) => ({
    sort_direction: SORT_DIRECTION[dir],
  })),
  q: field(
    z
      .string()
      .max(200, "must be at most 200 characters")
      .refine((s) => !hasControlCharacters(s), "must not contain control characters")
      .transform((s) => s.trim())
      .optional(),
    (q) => ({ search_filter: q || null }),
    { filter: true },
  ),
  from: field(isoDay.optional(), (from) => ({ upload_date_from: from ?? null }), { filter: true }),
  to: field(isoDay.optional(), (to) => ({ upload_date_to: to ?? null }), { filter: true }),
  active: field(boolString.optional(), (active) => ({ active: active ?? null }), { filter: true }),
  // A triage view of the library snapshot: the server pages its guids, FinerWorks fills them in.
  triage: field(z.enum(SNAPSHOT_VIEWS).optional(), () => ({}), { filter: true }),
  library: field(z.enum(LIBRARY_NAMES).optional(), (library) => (library ? { library } : {})),
  products: field(boolString.default(true), (products) => ({ list_products: products })),
  // FinerWorks cannot filter by products: the server keeps, of the page it was asked for, the
  // images that have at least one (so it needs them listed).
  has_products: field(
    z
      .enum(["true"])
      .transform(() => true as const)
      .optional(),
    (on) => (on ? { list_products: true } : {}),
    { filter: true },
  ),
  guids: field(
    z
      .string()
      // An empty member (",,," or a trailing comma) is an error, not "no filter".
      .transform((s) => s.split(",").map((g) => g.trim()))
      .pipe(z.array(guidSchema).max(50, "at most 50 guids"))
      .optional(),
    (guids) => ({ guid_filter: guids && guids.length > 0 ? guids : null }),
  ),
};

/** Checked after the fields parse (a crossed range is the user's mistake, not a default). */
export const IMAGE_QUERY_RULES: QueryRule<QueryOf<typeof IMAGE_QUERY_FIELDS>>[] = [
  {
    holds: (v) => !v.from || !v.to || v.from <= v.to,
    path: "from",
    message: "must not be after 'to'",
    // A page shows the crossed range as an error on both fields and applies neither end.
    involves: ["from", "to"],
  },
];

export const imageQuery = defineQuery(IMAGE_QUERY_FIELDS, IMAGE_QUERY_RULES);
export const imageQuerySchema = imageQuery.schema;
export type ImageQuery = QueryOf<typeof IMAGE_QUERY_FIELDS>;

/** Reads the known keys of URLSearchParams or a Next.js searchParams object (first value wins). */
export const searchParamsToRecord = imageQuery.readRecord;
/** Lenient parse for page URLs: invalid values fall back to their defaults instead of failing. */
export const parseImageQueryLenient = imageQuery.parseLenient;
/** The canonical query string for a query: defaults are left out so URLs stay short. */
export const imageQueryToSearchParams = imageQuery.toSearchParams;
