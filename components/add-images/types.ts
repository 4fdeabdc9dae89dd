// The add form's model: one row per image being added, and the form around the rows.
import type { DerivedImages, ProbeResult, UploadResult } from "@/lib/schemas/add-images";

export const FIELD_NAMES = [
  "private_hires_uri",
  "title",
  "description",
  "file_name",
  "pix_w",
  "pix_h",
  "file_size",
  "public_thumbnail_uri",
  "public_preview_uri",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type RowFields = Record<FieldName, string>;

/** draft: being edited; then waiting -> preparing (thumbnails) -> adding -> added | failed. */
type RowStatus = "draft" | "waiting" | "preparing" | "adding" | "added" | "failed";

interface RowProbe {
  state: "idle" | "probing" | "done" | "error";
  /** The URL this state is about. */
  url: string;
  message?: string;
  contentType?: string;
}

export interface RowUpload {
  state: "queued" | "uploading" | "done" | "error";
  progress: number;
  fileName: string;
  size: number;
  message?: string;
}

/** Files made by the server for one hi-res URL; dropped when the URL changes. */
export interface Generated extends DerivedImages {
  forUrl: string;
  hires_file_name?: string;
}

export interface Row {
  id: string;
  fields: RowFields;
  /** Fields whose value was filled in automatically (a new probe may replace them). */
  auto: Partial<Record<FieldName, true>>;
  /** Fields the user has typed in: their errors show at once. */
  touched: Partial<Record<FieldName, true>>;
  probe: RowProbe;
  upload?: RowUpload;
  generated?: Generated;
  status: RowStatus;
  /** Why the row failed. */
  error?: string;
  guid?: string;
}

export interface FormState {
  rows: Row[];
  /** After a refused submit every error shows, touched or not. */
  showAllErrors: boolean;
  /** The attempt in flight or unanswered: a resend of the same rows reuses its key. */
  pending?: { key: string; fingerprint: string };
  /** A message about the form as a whole (too many URLs...). */
  notice?: string;
}

export type RowErrors = Partial<Record<FieldName, string>>;

export type Action =
  | { type: "add-row" }
  | { type: "remove-row"; id: string }
  | { type: "set-field"; id: string; field: FieldName; value: string }
  | { type: "add-urls"; urls: string[] }
  | { type: "add-files"; files: { id: string; name: string; size: number }[] }
  | { type: "probe-start"; id: string; url: string }
  | { type: "probe-done"; id: string; result: ProbeResult }
  | { type: "probe-error"; id: string; url: string; message: string }
  | { type: "upload-start"; id: string }
  | { type: "upload-progress"; id: string; progress: number }
  | { type: "upload-done"; id: string; result: UploadResult }
  | { type: "upload-error"; id: string; message: string }
  | { type: "generated"; id: string; generated: Generated }
  | { type: "set-status"; ids: string[]; status: RowStatus }
  | { type: "added"; id: string; guid: string }
  | { type: "failed"; id: string; message: string }
  | { type: "show-errors" }
  | { type: "pending"; pending: FormState["pending"] }
  | { type: "notice"; notice?: string }
  | { type: "restore"; state: FormState }
  | { type: "reset" };
