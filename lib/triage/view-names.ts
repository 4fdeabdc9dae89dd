// The triage views by URL word and by the name the Views menu shows.
/** Views answered from the library snapshot; "Inactive" is live (FinerWorks' active filter). */
export const SNAPSHOT_VIEWS = [
  "missing-description",
  "untitled",
  "low-resolution",
  "with-products",
] as const;
export type SnapshotView = (typeof SNAPSHOT_VIEWS)[number];

export const VIEW_LABELS: Record<SnapshotView | "inactive", string> = {
  "missing-description": "Missing description",
  untitled: "Untitled",
  "low-resolution": "Low resolution",
  inactive: "Inactive",
  "with-products": "With products",
};
