// What a row sends to POST /api/images, and its errors by the server's own zod schema.
import { addImageInputSchema, uriSchema, type AddImageInput } from "@/lib/schemas/image-input";
import { duplicateErrors } from "./duplicates";
import {
  FIELD_NAMES,
  type FieldName,
  type FormState,
  type Generated,
  type Row,
  type RowErrors,
} from "./types";

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

/** A stable description of what is sent, so a resend of the same rows reuses its key. */
export function fingerprint(images: readonly AddImageInput[]): string {
  return JSON.stringify(images);
}
