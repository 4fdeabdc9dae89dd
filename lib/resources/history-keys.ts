// The history's query keys, apart from its fetchers and schemas: a save invalidates the history
// without loading the feed's code into every page that edits.

/** Filters as they stand in the page URL (already checked by the page), e.g. { image, actor }. */
export type FeedFilters = Record<string, string>;

export const historyKeys = {
  all: ["history"] as const,
  activity: (filters: FeedFilters) => [...historyKeys.all, "activity", filters] as const,
  removed: (filters: FeedFilters) => [...historyKeys.all, "removed-products", filters] as const,
};
