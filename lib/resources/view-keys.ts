// The views' query keys.
export const viewKeys = {
  counts: ["views", "counts"] as const,
  saved: ["views", "saved"] as const,
};
