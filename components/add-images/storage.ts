// The form kept in session storage until everything is added, read back through a zod schema
// so a stale or tampered entry is dropped rather than trusted.
import { z } from "zod";
import { parseJsonOrUndefined } from "@/lib/json";
import { emptyFields, newRow } from "./state";
import { FIELD_NAMES, type FormState, type Row } from "./types";

export const STORAGE_KEY = "finerworks:add-images:v1";

const fieldFlags = z.partialRecord(z.enum(FIELD_NAMES), z.literal(true)).default({});

const storedRowSchema = z.object({
  id: z.string().min(1),
  fields: z.partialRecord(z.enum(FIELD_NAMES), z.string()).default({}),
  auto: fieldFlags,
  touched: fieldFlags,
  probe: z
    .object({
      state: z.enum(["idle", "probing", "done", "error"]),
      url: z.string(),
      message: z.string().optional(),
      contentType: z.string().optional(),
    })
    .default({ state: "idle", url: "" }),
  upload: z
    .object({
      state: z.enum(["queued", "uploading", "done", "error"]),
      progress: z.number(),
      fileName: z.string(),
      size: z.number(),
      message: z.string().optional(),
    })
    .optional(),
  generated: z
    .object({
      forUrl: z.string(),
      hires_file_name: z.string().optional(),
      public_thumbnail_uri: z.string(),
      public_preview_uri: z.string(),
      thumbnail_file_name: z.string(),
      preview_file_name: z.string(),
    })
    .optional(),
  status: z.enum(["draft", "waiting", "preparing", "adding", "added", "failed"]).default("draft"),
  error: z.string().optional(),
  guid: z.string().optional(),
});

const storedFormSchema = z.object({
  rows: z.array(storedRowSchema).min(1),
  showAllErrors: z.boolean().default(false),
  pending: z.object({ key: z.string(), fingerprint: z.string() }).optional(),
});

/** The state worth keeping across a reload: transfers in flight cannot survive one. */
export function toStored(state: FormState): FormState {
  return { ...state, notice: undefined };
}

function resumed(stored: z.infer<typeof storedRowSchema>): Row {
  let row: Row = {
    ...newRow(),
    ...stored,
    fields: { ...emptyFields(), ...stored.fields },
  };
  if (row.probe.state === "probing") row = { ...row, probe: { state: "idle", url: "" } };
  if (row.upload && (row.upload.state === "queued" || row.upload.state === "uploading")) {
    row = {
      ...row,
      upload: {
        ...row.upload,
        state: "error",
        message: "The upload was interrupted by a reload: choose the file again.",
      },
    };
  }
  // An answer that never arrived: sending again with the same key cannot add the rows twice.
  if (row.status === "waiting" || row.status === "preparing" || row.status === "adding") {
    row = {
      ...row,
      status: "failed",
      error: "Interrupted before the answer arrived: send again (nothing is added twice).",
    };
  }
  return row;
}

export function fromStored(raw: string | null): FormState | undefined {
  const parsed = storedFormSchema.safeParse(parseJsonOrUndefined(raw));
  if (!parsed.success) return undefined;
  const { rows, showAllErrors, pending } = parsed.data;
  return { rows: rows.map(resumed), showAllErrors, pending };
}
