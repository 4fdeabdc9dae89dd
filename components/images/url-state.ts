// Pure helpers for the grid's URL: the shared image-query schema plus the view mode,
// which is presentation only and so is not part of the API query.
import { imageQuery, imageQueryToSearchParams, type ImageQuery } from "@/lib/schemas/image-query";

export const VIEW_MODES = ["grid", "list"] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export function parseViewMode(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ViewMode {
  const raw = params instanceof URLSearchParams ? params.get("view") : params.view;
  return (Array.isArray(raw) ? raw[0] : raw) === "list" ? "list" : "grid";
}

/** The filters a user narrows with, as the query table marks them (library is a scope, sort and page size are views). */
export const hasActiveFilters = (query: ImageQuery): boolean => imageQuery.hasFilters(query);

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
  if (next.from && next.to && next.from > next.to) {
    // The user just moved one end past the other: keep the end they moved.
    if (patch.from !== undefined) next.to = undefined;
    else next.from = undefined;
  }
  return next;
}

/** Direction a column starts in when it becomes the sort: text A→Z, numbers and dates newest/largest first. */
export function defaultDirFor(sort: ImageQuery["sort"]): ImageQuery["dir"] {
  return sort === "title" || sort === "file_name" ? "asc" : "desc";
}
