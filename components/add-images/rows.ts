// The add form's rows: state, reducer, validation with the server's own zod schema, and the
// payload sent to POST /api/images. Pure, so it is tested without a browser.
import type { DerivedImages, ProbeResult, UploadResult } from "@/lib/schemas/add-images";
import { titleFromFileName } from "@/lib/schemas/add-images";
import {
  addImageInputSchema,
  MAX_IMAGES_PER_REQUEST,
  uriSchema,
  type AddImageInput,
} from "@/lib/schemas/image-input";

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
export type RowStatus = "draft" | "waiting" | "preparing" | "adding" | "added" | "failed";

export interface RowProbe {
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

export const emptyFields = (): RowFields => ({
  private_hires_uri: "",
  title: "",
  description: "",
  file_name: "",
  pix_w: "",
  pix_h: "",
  file_size: "",
  public_thumbnail_uri: "",
  public_preview_uri: "",
});

/** Random ids that work on plain http too (randomUUID needs a secure context). */
export function newId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function newRow(fields: Partial<RowFields> = {}): Row {
  return {
    id: newId(),
    fields: { ...emptyFields(), ...fields },
    auto: {},
    touched: {},
    probe: { state: "idle", url: "" },
    status: "draft",
  };
}

export const initialState = (): FormState => ({ rows: [newRow()], showAllErrors: false });

const isBlank = (row: Row) => FIELD_NAMES.every((f) => row.fields[f].trim() === "") && !row.upload;

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

function updateRow(state: FormState, id: string, change: (row: Row) => Row): FormState {
  return { ...state, rows: state.rows.map((row) => (row.id === id ? change(row) : row)) };
}

/** Fills a field unless the user typed in it. */
function fill(row: Row, values: Partial<RowFields>): Row {
  const fields = { ...row.fields };
  const auto = { ...row.auto };
  for (const [key, value] of Object.entries(values) as [FieldName, string][]) {
    if (fields[key].trim() === "" || auto[key]) {
      fields[key] = value;
      auto[key] = true;
    }
  }
  return { ...row, fields, auto };
}

function withDetails(
  row: Row,
  details: { file_name: string; file_size: number | null; pix_w: number; pix_h: number },
): Row {
  return fill(row, {
    file_name: details.file_name,
    file_size: details.file_size === null ? "" : String(details.file_size),
    pix_w: String(details.pix_w),
    pix_h: String(details.pix_h),
    title: titleFromFileName(details.file_name),
  });
}

/** Rows may be added up to the per-request limit; the rest is reported. */
function appendRows(state: FormState, rows: Row[], what: string): FormState {
  const kept = state.rows.filter((r) => !isBlank(r) || r.status !== "draft");
  const room = MAX_IMAGES_PER_REQUEST - kept.length;
  const taken = rows.slice(0, Math.max(0, room));
  const notice =
    taken.length < rows.length
      ? `Only ${MAX_IMAGES_PER_REQUEST} images can be added at once: ${rows.length - taken.length} ${what} left out.`
      : undefined;
  const next = [...kept, ...taken];
  return { ...state, rows: next.length > 0 ? next : [newRow()], notice };
}

export function reducer(state: FormState, action: Action): FormState {
  switch (action.type) {
    case "add-row":
      if (state.rows.length >= MAX_IMAGES_PER_REQUEST)
        return { ...state, notice: `Only ${MAX_IMAGES_PER_REQUEST} images can be added at once.` };
      return { ...state, rows: [...state.rows, newRow()], notice: undefined };
    case "remove-row": {
      const rows = state.rows.filter((r) => r.id !== action.id);
      return { ...state, rows: rows.length > 0 ? rows : [newRow()], notice: undefined };
    }
    case "set-field":
      return updateRow(state, action.id, (row) => {
        const fields = { ...row.fields, [action.field]: action.value };
        const auto = { ...row.auto };
        delete auto[action.field];
        return { ...row, fields, auto, touched: { ...row.touched, [action.field]: true } };
      });
    case "add-urls":
      return appendRows(
        state,
        action.urls.map((url) => newRow({ private_hires_uri: url })),
        "URLs were",
      );
    case "add-files":
      return appendRows(
        state,
        action.files.map((f) => ({
          ...newRow(),
          id: f.id,
          upload: { state: "queued", progress: 0, fileName: f.name, size: f.size },
        })),
        "files were",
      );
    case "probe-start":
      return updateRow(state, action.id, (row) => ({
        ...row,
        probe: { state: "probing", url: action.url },
      }));
    case "probe-done":
      return updateRow(state, action.id, (row) =>
        row.fields.private_hires_uri.trim() !== action.result.url
          ? row
          : {
              ...withDetails(row, action.result),
              probe: {
                state: "done",
                url: action.result.url,
                contentType: action.result.content_type,
              },
            },
      );
    case "probe-error":
      return updateRow(state, action.id, (row) =>
        row.fields.private_hires_uri.trim() !== action.url
          ? row
          : { ...row, probe: { state: "error", url: action.url, message: action.message } },
      );
    case "upload-start":
      return updateRow(state, action.id, (row) =>
        row.upload ? { ...row, upload: { ...row.upload, state: "uploading", progress: 0 } } : row,
      );
    case "upload-progress":
      return updateRow(state, action.id, (row) =>
        row.upload ? { ...row, upload: { ...row.upload, progress: action.progress } } : row,
      );
    case "upload-done":
      return updateRow(state, action.id, (row) => {
        const { result } = action;
        const filled = withDetails(
          fill(row, { private_hires_uri: result.private_hires_uri }),
          result,
        );
        return {
          ...filled,
          upload: row.upload ? { ...row.upload, state: "done", progress: 1 } : undefined,
          probe: { state: "done", url: result.private_hires_uri, contentType: result.content_type },
          generated: {
            forUrl: result.private_hires_uri,
            hires_file_name: result.hires_file_name,
            public_thumbnail_uri: result.public_thumbnail_uri,
            public_preview_uri: result.public_preview_uri,
            thumbnail_file_name: result.thumbnail_file_name,
            preview_file_name: result.preview_file_name,
          },
        };
      });
    case "upload-error":
      return updateRow(state, action.id, (row) =>
        row.upload
          ? { ...row, upload: { ...row.upload, state: "error", message: action.message } }
          : row,
      );
    case "generated":
      return updateRow(state, action.id, (row) => ({ ...row, generated: action.generated }));
    case "set-status": {
      const ids = new Set(action.ids);
      return {
        ...state,
        rows: state.rows.map((r) =>
          ids.has(r.id) ? { ...r, status: action.status, error: undefined } : r,
        ),
      };
    }
    case "added":
      return updateRow(state, action.id, (row) => ({
        ...row,
        status: "added",
        guid: action.guid,
        error: undefined,
      }));
    case "failed":
      return updateRow(state, action.id, (row) => ({
        ...row,
        status: "failed",
        error: action.message,
      }));
    case "show-errors":
      return { ...state, showAllErrors: true };
    case "pending":
      return { ...state, pending: action.pending };
    case "notice":
      return { ...state, notice: action.notice };
    case "restore":
      return action.state;
    case "reset":
      return initialState();
  }
}

// ---- validation ---------------------------------------------------------------------

/** Thumbnails made by the server for the row's current URL (an edited URL drops them). */
export function currentGenerated(row: Row): Generated | undefined {
  return row.generated && row.generated.forUrl === row.fields.private_hires_uri.trim()
    ? row.generated
    : undefined;
}

function toNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/[,_\s]/g, "");
  return trimmed === "" ? undefined : Number(trimmed);
}

/**
 * What the row sends to POST /api/images. Empty thumbnail and preview URLs take the generated
 * files, or (with no media store) the hi-res URL itself.
 */
export function rowInput(row: Row, options: { fallbackToHires?: boolean } = {}): AddImageInput {
  const f = row.fields;
  const hires = f.private_hires_uri.trim();
  const generated = currentGenerated(row);
  const thumbnail = f.public_thumbnail_uri.trim();
  const preview = f.public_preview_uri.trim();
  const fallback = options.fallbackToHires ? hires : undefined;
  const input: AddImageInput = {
    private_hires_uri: hires,
    title: f.title,
    file_name: f.file_name,
    public_thumbnail_uri: thumbnail || generated?.public_thumbnail_uri || fallback,
    public_preview_uri: preview || generated?.public_preview_uri || fallback,
  };
  if (f.description !== "") input.description = f.description;
  const size = toNumber(f.file_size);
  const width = toNumber(f.pix_w);
  const height = toNumber(f.pix_h);
  if (size !== undefined) input.file_size = size;
  if (width !== undefined) input.pix_w = width;
  if (height !== undefined) input.pix_h = height;
  if (!thumbnail && generated) input.thumbnail_file_name = generated.thumbnail_file_name;
  if (!preview && generated) input.preview_file_name = generated.preview_file_name;
  if (generated?.hires_file_name) input.hires_file_name = generated.hires_file_name;
  for (const key of Object.keys(input) as (keyof AddImageInput)[])
    if (input[key] === undefined) delete input[key];
  return input;
}

export type RowErrors = Partial<Record<FieldName, string>>;

/** The server's schema, field by field (the first message of each field). */
export function validateRow(row: Row): RowErrors {
  const parsed = addImageInputSchema.safeParse(rowInput(row));
  const errors: RowErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && (FIELD_NAMES as readonly string[]).includes(field))
      errors[field as FieldName] ??= issue.message;
  }
  return errors;
}

/** Rows sharing a hi-res URL or a file name (case-insensitive): each copy is flagged. */
export function duplicateErrors(rows: readonly Row[]): Map<string, RowErrors> {
  const result = new Map<string, RowErrors>();
  const check = (field: "private_hires_uri" | "file_name", normalise: (s: string) => string) => {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const value = normalise(row.fields[field]);
      if (value === "") return;
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, index);
        return;
      }
      const flag = (at: number, other: number) => {
        const id = rows[at]!.id;
        const errors = result.get(id) ?? {};
        errors[field] ??= `is also used by image ${other + 1}`;
        result.set(id, errors);
      };
      flag(index, first);
      flag(first, index);
    });
  };
  check("private_hires_uri", (s) => s.trim());
  check("file_name", (s) => s.trim().toLowerCase());
  return result;
}

/** Each row's errors: the schema's (shown once touched or after a submit) and duplicates (always). */
export function formErrors(state: FormState): Map<string, { shown: RowErrors; all: RowErrors }> {
  const duplicates = duplicateErrors(state.rows);
  const out = new Map<string, { shown: RowErrors; all: RowErrors }>();
  for (const row of state.rows) {
    const schema = validateRow(row);
    const dup = duplicates.get(row.id) ?? {};
    const all: RowErrors = { ...schema, ...dup };
    const shown: RowErrors = { ...dup };
    for (const field of FIELD_NAMES) {
      if (schema[field] && (state.showAllErrors || row.touched[field]))
        shown[field] ??= schema[field];
    }
    out.set(row.id, { shown, all });
  }
  return out;
}

export const isValidUrl = (url: string) => uriSchema.safeParse(url).success;

/** Rows still waiting for something before they can be sent. */
export function busyReason(row: Row): string | undefined {
  if (row.upload && (row.upload.state === "queued" || row.upload.state === "uploading"))
    return "uploading";
  if (row.upload?.state === "error" && row.fields.private_hires_uri.trim() === "")
    return "upload failed";
  if (row.probe.state === "probing") return "reading details";
  return undefined;
}

/** A stable description of what is sent, so a resend of the same rows reuses its key. */
export function fingerprint(images: readonly AddImageInput[]): string {
  return JSON.stringify(images);
}

// ---- session storage ------------------------------------------------------------------

export const STORAGE_KEY = "finerworks:add-images:v1";

/** The state worth keeping across a reload: transfers in flight cannot survive one. */
export function toStored(state: FormState): FormState {
  return { ...state, notice: undefined };
}

export function fromStored(raw: string | null): FormState | undefined {
  if (!raw) return undefined;
  let parsed: FormState;
  try {
    parsed = JSON.parse(raw) as FormState;
  } catch {
    return undefined;
  }
  if (!parsed || !Array.isArray(parsed.rows) || parsed.rows.length === 0) return undefined;
  const rows = parsed.rows.map((row): Row => {
    const fields = { ...emptyFields(), ...row.fields };
    let next: Row = {
      ...newRow(),
      ...row,
      fields,
      auto: row.auto ?? {},
      touched: row.touched ?? {},
    };
    if (next.probe.state === "probing") next = { ...next, probe: { state: "idle", url: "" } };
    if (next.upload && (next.upload.state === "queued" || next.upload.state === "uploading")) {
      next = {
        ...next,
        upload: {
          ...next.upload,
          state: "error",
          message: "The upload was interrupted by a reload: choose the file again.",
        },
      };
    }
    // An answer that never arrived: sending again with the same key cannot add the rows twice.
    if (next.status === "waiting" || next.status === "preparing" || next.status === "adding") {
      next = {
        ...next,
        status: "failed",
        error: "Interrupted before the answer arrived: send again (nothing is added twice).",
      };
    }
    return next;
  });
  return { rows, showAllErrors: Boolean(parsed.showAllErrors), pending: parsed.pending };
}
