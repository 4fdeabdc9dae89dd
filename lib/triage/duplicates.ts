// When an image about to be added is "possibly already in the library": the same hi-res URL,
// the same file name and size, or the same file name stem and pixel dimensions.
import { fileStem } from "./views";

export interface DuplicateKeys {
  private_hires_uri?: string | null;
  file_name?: string | null;
  file_size?: number | null;
  pix_w?: number | null;
  pix_h?: number | null;
}

export type DuplicateReason = "same_url" | "same_file" | "same_stem_and_pixels";

const lower = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

/** Why `candidate` (in the library) looks like `row` (in the form), or null. */
export function duplicateReason(
  row: DuplicateKeys,
  candidate: DuplicateKeys,
): DuplicateReason | null {
  const url = (row.private_hires_uri ?? "").trim();
  if (url && url === (candidate.private_hires_uri ?? "").trim()) return "same_url";
  const name = lower(row.file_name);
  if (
    name &&
    name === lower(candidate.file_name) &&
    row.file_size &&
    row.file_size === candidate.file_size
  )
    return "same_file";
  const stem = lower(fileStem(row.file_name));
  if (
    stem &&
    stem === lower(fileStem(candidate.file_name)) &&
    row.pix_w &&
    row.pix_h &&
    row.pix_w === candidate.pix_w &&
    row.pix_h === candidate.pix_h
  )
    return "same_stem_and_pixels";
  return null;
}
