// The columns migration 0003 adds to the snapshot's images, and the saved views table.

/** Each triage view's flag (0/1) and the duplicate check's keys, written with the image row. */
export interface SnapshotImageTriageColumns {
  /** The duplicate check's "same hi-res URL" key. */
  private_hires_uri: string | null;
  /** lower(file name): the "same file name and size" key. */
  file_name_key: string | null;
  /** lower(file name without extension): the "same stem and pixels" key. */
  stem_key: string | null;
  untitled: number;
  missing_description: number;
  low_resolution: number;
  with_products: number;
}

export interface SavedViewTable {
  id: string;
  owner_email: string;
  name: string;
  /** The /images query string it opens (search, filters, sort), without "?". */
  search: string;
  created_at: number;
  updated_at: number;
}

export interface TriageTables {
  saved_view: SavedViewTable;
}
