// Tables of the triage views and saved views (migration 0003). Flags are 0/1.
import type { Insertable, Selectable } from "kysely";

export interface TriageIndexTable {
  /** The done scan whose snapshot_image rows were indexed. */
  scan_id: string;
  library: string;
  indexed_at: number;
  images: number;
}

export interface TriageImageTable {
  scan_id: string;
  guid: string;
  fw_id: number;
  title: string;
  file_name: string | null;
  file_size: number | null;
  pix_w: number | null;
  pix_h: number | null;
  date_added: string;
  hires_uri: string | null;
  /** lower(file name): the "same file name and size" duplicate key. */
  file_name_key: string | null;
  /** lower(file name without extension): the "same stem and pixels" duplicate key. */
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
  triage_index: TriageIndexTable;
  triage_image: TriageImageTable;
  saved_view: SavedViewTable;
}

export type NewTriageImage = Insertable<TriageImageTable>;
export type SavedViewRow = Selectable<SavedViewTable>;
