// Pure helpers for the grid's URL: the shared image-query schema plus the view mode,
// which is presentation only and so is not part of the API query.
import {
  IMAGE_QUERY_FIELDS,
  imageQuery,
  imageQueryToSearchParams,
  type ImageQuery,
} from "@/lib/schemas/image-query";

export type ViewMode = "grid" | "list";

export function parseViewMode(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ViewMode {
  const raw = params instanceof URLSearchParams ? params.get("view") : params.view;
  return (Array.isArray(raw) ? raw[0] : raw) === "list" ? "list" : "grid";
}

/** The filters a user narrows with, as the query table marks them (library is a scope, sort and page size are views). */
export const hasActiveFilters = (query: ImageQuery): boolean => imageQuery.hasFilters(query);

/** How many filters the URL sets, a crossed date range included (the phone's Filters button). */
export function activeFilterCount(query: ImageQuery, dateRange: UrlDateRange): number {
  const shown = { ...query, from: dateRange.from, to: dateRange.to };
  return imageQuery.filterKeys.filter((key) => imageQuery.toSearchParams(shown).has(key)).length;
}

export function clearedFilters(query: ImageQuery): ImageQuery {
  return { ...imageQuery.withoutFilters(query), page: 1 };
}

/** The grid URL's query string for a state (defaults left out, view only when not grid). */
export function gridSearch(query: ImageQuery, view: ViewMode): string {
  const params = imageQueryToSearchParams({ ...query, guids: undefined });
  if (view !== "grid") params.set("view", view);
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}

export function gridHref(query: ImageQuery, view: ViewMode): string {
  return `/images${gridSearch(query, view)}`;
}

/** The detail page carries the grid's state along so "Back" returns to the same view. */
export function detailHref(guid: string, query: ImageQuery, view: ViewMode): string {
  return `/images/${encodeURIComponent(guid)}${gridSearch(query, view)}`;
}

/** Applies a change; any change other than the page itself goes back to page 1. */
export function applyChange(query: ImageQuery, patch: Partial<ImageQuery>): ImageQuery {
  const next = { ...query, ...patch };
  if (patch.page === undefined) next.page = 1;
  return next;
}

export interface UrlDateRange {
  from: string | undefined;
  to: string | undefined;
  /** Set when "from" is after "to": shown on the fields, and neither end is applied. */
  error: string | undefined;
}

/**
 * The dates as the URL spells them, each one a real day, even when the pair is crossed (the
 * parsed query then leaves both out): the date fields show exactly what the URL says.
 */
export function urlDateRange(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): UrlDateRange {
  const record = imageQuery.readRecord(params);
  const day = (key: "from" | "to") => {
    const parsed = IMAGE_QUERY_FIELDS[key].schema.safeParse(record[key]);
    return parsed.success ? parsed.data : undefined;
  };
  const from = day("from");
  const to = day("to");
  const error =
    from && to && from > to
      ? `"Uploaded from" (${from}) is after "Uploaded to" (${to}): the date range is not applied until you fix it.`
      : undefined;
  return { from, to, error };
}

/** Direction a column starts in when it becomes the sort: text A→Z, numbers and dates newest/largest (most products) first. */
export function defaultDirFor(sort: ImageQuery["sort"]): ImageQuery["dir"] {
  return sort === "title" || sort === "file_name" ? "asc" : "desc";
}

/**
 * A new sort field starts in its natural direction, unless the user chose a direction: this
 * session (`dirChosen`) or in the URL (a direction that is not the current field's natural one).
 */
export function sortChange(
  query: ImageQuery,
  sort: ImageQuery["sort"],
  dirChosen: boolean,
): Partial<ImageQuery> {
  const userDir = dirChosen || query.dir !== defaultDirFor(query.sort);
  return userDir ? { sort } : { sort, dir: defaultDirFor(sort) };
}
