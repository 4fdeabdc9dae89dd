// The built-in triage views and what makes an image belong to one. Pure: the snapshot indexer
// (server) and the Views menu (browser) share the names.
import { isLowResolution } from "@/lib/print";

export { SNAPSHOT_VIEWS, VIEW_LABELS, type SnapshotView } from "./view-names";

/** File name without its extension: "IMG_1234.jpg" -> "IMG_1234". */
export function fileStem(fileName: string | null | undefined): string {
  const name = (fileName ?? "").trim();
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

// Names cameras and phones give files: IMG_1234, DSC_1234, DSCN1234, DSC01234, PXL_20240101_...,
// _MG_1234, P1010123, GOPR0123, DJI_0001, Screenshot 2024-01-01 ...
const CAMERA_NAME =
  /^(?:img|dsc[nf]?|_mg|_dsc|pxl|mvimg|gopr|dji|p\d{3}|photo|image|screenshot|scan|untitled)[\s_-]?[\d_\s.-]*(?:\([0-9]+\))?$/i;

/** Empty, equal to the file name without its extension, or a camera's file name. */
export function isUntitled(title: string, fileName: string | null | undefined): boolean {
  const t = title.trim();
  if (!t) return true;
  const stem = fileStem(fileName);
  if (stem && t.toLowerCase() === stem.toLowerCase()) return true;
  if (fileName && t.toLowerCase() === fileName.trim().toLowerCase()) return true;
  return CAMERA_NAME.test(t) || CAMERA_NAME.test(fileStem(t));
}

export interface TriageFlags {
  untitled: boolean;
  missing_description: boolean;
  low_resolution: boolean;
  with_products: boolean;
}

export function triageFlags(image: {
  title: string;
  description: string;
  file_name: string | null;
  pix_w: number | null;
  pix_h: number | null;
  products_count: number;
}): TriageFlags {
  return {
    untitled: isUntitled(image.title, image.file_name),
    missing_description: image.description.trim() === "",
    low_resolution: isLowResolution(image.pix_w ?? 0, image.pix_h ?? 0),
    with_products: image.products_count > 0,
  };
}
