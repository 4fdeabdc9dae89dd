// A URL query defined once, as a table of fields (midday's one parser map): each field is a zod
// schema for its URL word, the list_images fields it sets, and whether it is a user filter.
// Everything else (keys, lenient parsing, canonical query string, cache key, upstream request)
// is derived here, so a new filter is one row in the table.
import { z } from "zod";
import type { LibraryName, ListImagesRequest } from "@/lib/schemas/finerworks";

/** What a query sets on list_images; the library travels by name and the server fills its default. */
export type UpstreamListParams = Partial<Omit<ListImagesRequest, "library">> & {
  library?: LibraryName;
};

/** Decimal digits only: `0x10`, `1e1`, ` 5`, `5.0` and `+5` are refused rather than coerced. */
export function wholeNumber(min: number, max: number, rangeMessage: string) {
  return z
    .preprocess(
      (value) => (typeof value === "number" ? String(value) : value),
      z.string().regex(/^[0-9]+$/, "must be a whole number written in decimal digits"),
    )
    .transform(Number)
    .pipe(z.number().min(min, rangeMessage).max(max, rangeMessage));
}

/** A decimal such as `12.5` or `-3` (no exponent, hex, spaces or leading `+`). */
export function decimalNumber(min: number, max: number, rangeMessage: string) {
  return z
    .preprocess(
      (value) => (typeof value === "number" ? String(value) : value),
      z.string().regex(/^-?[0-9]+(\.[0-9]+)?$/, "must be a number written in decimal digits"),
    )
    .transform(Number)
    .pipe(z.number().min(min, rangeMessage).max(max, rangeMessage));
}

/** Values a URL can carry: lists are written comma-separated. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface QueryField<S extends z.ZodType<QueryValue> = z.ZodType<QueryValue>> {
  schema: S;
  /** A filter the user narrows with (cleared together); scope, sort and paging are not. */
  filter: boolean;
  /** This URL word in FinerWorks words: the list_images fields its value sets. */
  toUpstream(value: z.output<S>): UpstreamListParams;
}

export function field<S extends z.ZodType<QueryValue>>(
  schema: S,
  toUpstream: (value: z.output<S>) => UpstreamListParams,
  options: { filter?: boolean } = {},
): QueryField<S> {
  return { schema, toUpstream, filter: options.filter ?? false };
}

type Fields = Record<string, QueryField>;
type Shape<F extends Fields> = { [K in keyof F]: F[K]["schema"] };
export type QueryOf<F extends Fields> = z.output<z.ZodObject<Shape<F>>>;
type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** A cross-field rule (such as "from is not after to"), reported on one field. */
export interface QueryRule<Q> {
  holds: (query: Q) => boolean;
  path: string;
  message: string;
  /** Every key the rule reads: a page URL breaking it loses all of them, not just `path`. */
  involves?: string[];
}

function serialise(value: QueryValue): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "object") return value.join(",");
  return String(value);
}

export function defineQuery<F extends Fields>(fields: F, rules: QueryRule<QueryOf<F>>[] = []) {
  type Query = QueryOf<F>;
  type Key = keyof F & string;
  const keys = Object.keys(fields) as Key[];
  const filterKeys = keys.filter((key) => fields[key]?.filter);
  const shape = Object.fromEntries(keys.map((key) => [key, fields[key]?.schema])) as Shape<F>;
  let schema = z.object(shape);
  for (const rule of rules)
    schema = schema.refine((query) => rule.holds(query as Query), {
      message: rule.message,
      path: [rule.path],
    });
  const defaults = schema.parse({}) as Query;
  // Generic code reads values by key name; the public functions stay typed by the table.
  const read = (query: Partial<Query>, key: Key): QueryValue =>
    (query as Record<string, QueryValue>)[key];
  const isDefault = (key: Key, value: QueryValue) => {
    const text = serialise(value);
    return text === undefined || text === "" || text === serialise(read(defaults, key));
  };

  /** The known keys of URLSearchParams or a Next.js searchParams object (first value wins). */
  function readRecord(params: RawParams): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (value !== undefined && value !== null && value !== "") out[key] = value;
    }
    return out;
  }

  /** Lenient parse for page URLs: invalid values fall back to their defaults instead of failing. */
  function parseLenient(params: RawParams): Query {
    const record = readRecord(params);
    const strict = schema.safeParse(record);
    if (strict.success) return strict.data;
    const bad = new Set(strict.error.issues.map((issue) => String(issue.path[0])));
    for (const rule of rules)
      if (bad.has(rule.path)) for (const key of rule.involves ?? []) bad.add(key);
    const kept = Object.fromEntries(Object.entries(record).filter(([key]) => !bad.has(key)));
    const retry = schema.safeParse(kept);
    return retry.success ? retry.data : defaults;
  }

  /** The canonical query string: defaults are left out so URLs stay short. */
  function toSearchParams(query: Partial<Query>): URLSearchParams {
    const params = new URLSearchParams();
    for (const key of keys) {
      const value = read(query, key);
      if (!isDefault(key, value)) params.set(key, serialise(value) ?? "");
    }
    return params;
  }

  /** The cache key part: equal queries give equal keys however the URL spelled them. */
  const key = (query: Query): Record<string, string> => Object.fromEntries(toSearchParams(query));

  /** The list_images fields for a parsed query, field by field through the table. */
  function toUpstream(query: Query): UpstreamListParams {
    const params: UpstreamListParams = {};
    for (const name of keys) {
      const definition: QueryField | undefined = fields[name];
      if (definition) Object.assign(params, definition.toUpstream(read(query, name)));
    }
    return params;
  }

  const hasFilters = (query: Query): boolean =>
    filterKeys.some((name) => !isDefault(name, read(query, name)));

  /** The query with every filter back at its default. */
  function withoutFilters(query: Query): Query {
    const cleared = Object.fromEntries(filterKeys.map((name) => [name, read(defaults, name)]));
    return { ...query, ...cleared };
  }

  return {
    schema,
    keys,
    filterKeys,
    defaults,
    readRecord,
    parseLenient,
    toSearchParams,
    key,
    toUpstream,
    hasFilters,
    withoutFilters,
  };
}
