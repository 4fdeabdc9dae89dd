// The add form's rows as a reducer: pure, so it is tested without a browser.
import { titleFromFileName } from "@/lib/schemas/add-images";
import { MAX_IMAGES_PER_REQUEST } from "@/lib/schemas/image-limits";
import {
  FIELD_NAMES,
  type Action,
  type FieldName,
  type FormState,
  type Row,
  type RowFields,
} from "./types";

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

/** A row with nothing typed, pasted or uploaded. */
export const isBlank = (row: Row) =>
  !row.upload && FIELD_NAMES.every((f) => row.fields[f].trim() === "");

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

/** Rows still waiting for something before they can be sent. */
export function busyReason(row: Row): string | undefined {
  if (row.upload && (row.upload.state === "queued" || row.upload.state === "uploading"))
    return "uploading";
  if (row.upload?.state === "error" && row.fields.private_hires_uri.trim() === "")
    return "upload failed";
  if (row.probe.state === "probing") return "reading details";
  return undefined;
}
