// The image-list query: one schema for the URL of /images, the query string of
// GET /api/images and the client's query keys (parsed the same way everywhere).
import { z } from "zod";
import { LIBRARY_NAMES } from "@/lib/finerworks/schemas";
import { hasControlCharacters } from "./image-input";

export const SORT_KEYS = ["date_added", "id", "title", "file_name", "file_size"] as const;
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

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const imageQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1, "must be 1 or more").max(100_000).default(1),
    per_page: z.coerce
      .number()
      .int()
      .min(1, "must be 1 to 50")
      .max(MAX_PER_PAGE, "must be 1 to 50")
      .default(DEFAULT_PER_PAGE),
    sort: z.enum(SORT_KEYS).default("date_added"),
    dir: z.enum(SORT_DIRS).default("desc"),
    q: z
      .string()
      .max(200, "must be at most 200 characters")
      .refine((s) => !hasControlCharacters(s), "must not contain control characters")
      .transform((s) => s.trim())
      .optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    active: boolString.optional(),
    library: z.enum(LIBRARY_NAMES).optional(),
    products: boolString.default(true),
    guids: z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((g) => g.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().regex(GUID, "must be guids separated by commas"))
          .max(50, "at most 50 guids"),
      )
      .optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "must not be after 'to'",
    path: ["from"],
  });

export type ImageQuery = z.infer<typeof imageQuerySchema>;
export type ImageQueryInput = z.input<typeof imageQuerySchema>;

const KEYS = [
  "page",
  "per_page",
  "sort",
  "dir",
  "q",
  "from",
  "to",
  "active",
  "library",
  "products",
  "guids",
] as const;

/** Reads the known keys of URLSearchParams or a Next.js searchParams object (first value wins). */
export function searchParamsToRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of KEYS) {
    const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value !== null && value !== "") out[key] = value;
  }
  return out;
}

/** Lenient parse for page URLs: invalid values fall back to their defaults instead of failing. */
export function parseImageQueryLenient(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ImageQuery {
  const record = searchParamsToRecord(params);
  const strict = imageQuerySchema.safeParse(record);
  if (strict.success) return strict.data;
  const bad = new Set(strict.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(record).filter(([k]) => !bad.has(k)));
  const retry = imageQuerySchema.safeParse(kept);
  return retry.success ? retry.data : imageQuerySchema.parse({});
}

/** The canonical query string for a query: defaults are left out so URLs stay short. */
export function imageQueryToSearchParams(query: Partial<ImageQuery>): URLSearchParams {
  const defaults = imageQuerySchema.parse({});
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== "") params.set(key, value);
  };
  if (query.page !== undefined && query.page !== defaults.page) set("page", String(query.page));
  if (query.per_page !== undefined && query.per_page !== defaults.per_page)
    set("per_page", String(query.per_page));
  if (query.sort !== undefined && query.sort !== defaults.sort) set("sort", query.sort);
  if (query.dir !== undefined && query.dir !== defaults.dir) set("dir", query.dir);
  set("q", query.q);
  set("from", query.from);
  set("to", query.to);
  if (query.active !== undefined) set("active", String(query.active));
  set("library", query.library);
  if (query.products === false) set("products", "false");
  if (query.guids && query.guids.length > 0) set("guids", query.guids.join(","));
  return params;
}
