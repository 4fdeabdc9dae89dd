// What the emulator stores: one row per image (dates as epoch ms, so sorting and day filters
// are plain integer comparisons) and products as the wire JSON they are answered with.
import type {
  LibraryName,
  ProductDetails,
  SortDirection,
  SortField,
} from "@/lib/schemas/finerworks";

export interface ImageRow {
  id: number;
  guid: string;
  library: LibraryName;
  title: string | null;
  description: string | null;
  file_name: string | null;
  file_size: number | null;
  thumbnail_file_name: string | null;
  preview_file_name: string | null;
  hires_file_name: string | null;
  public_thumbnail_uri: string | null;
  public_preview_uri: string | null;
  private_hires_uri: string | null;
  personal_gallery_title: string | null;
  members_gallery_category: string | null;
  pix_w: number | null;
  pix_h: number | null;
  added_at: number;
  expires_at: number | null;
  active: number;
}

/** A product as stored; image_guid is filled in from its image when answered. */
export type StoredProduct = Omit<ProductDetails, "image_guid">;

export type NewImage = Omit<ImageRow, "id" | "active"> & {
  active: boolean;
  products?: StoredProduct[];
};

export interface ListFilter {
  library: LibraryName;
  /** Lowercased; null = no filter. */
  search: string | null;
  /** Lowercased and sorted; null = no filter. */
  guids: string[] | null;
  /** Inclusive lower bound, exclusive upper bound (epoch ms). */
  fromMs: number | null;
  toMs: number | null;
  active: boolean | null;
  sortField: SortField;
  sortDirection: SortDirection;
}

/** URIs stored with this prefix point at the emulator's own media and get its origin on the way out. */
export const MEDIA_PREFIX = "/media/";

export function mediaPath(kind: "thumb" | "preview" | "hires", guid: string): string {
  return `${MEDIA_PREFIX}${kind}/${guid}.jpg`;
}
