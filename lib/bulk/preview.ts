// Before -> after for every selected image, with the rows that would be refused marked: the
// same checks PATCH /api/images applies (lib/editing/validate.ts). A save sends the whole
// text, so an untitled image is refused whichever field the edit changes.
import type { ImageText } from "@/lib/editing/drafts";
import { validateImageText } from "@/lib/editing/validate";
import type { BulkField, CompiledOperation } from "./operations";

/** What the preview needs of an image. */
export interface BulkSource {
  guid: string;
  title: string;
  description: string;
  file_name: string | null;
}

export interface PreviewRow {
  guid: string;
  before: ImageText;
  after: ImageText;
  titleChanged: boolean;
  descriptionChanged: boolean;
  /** Why the row cannot be saved (it is left out), e.g. "Title is required." */
  problem?: string;
}

export interface PreviewSummary {
  rows: PreviewRow[];
  changed: number;
  unchanged: number;
  invalid: number;
}

export const isChanged = (row: PreviewRow) => row.titleChanged || row.descriptionChanged;
/** A row that would be sent when included. */
export const isSavable = (row: PreviewRow) => isChanged(row) && row.problem === undefined;

/** The row for a before and after text: what changed, and whether it may be sent. */
export function previewRow(guid: string, before: ImageText, after: ImageText): PreviewRow {
  const titleChanged = after.title !== before.title;
  const descriptionChanged = after.description !== before.description;
  const row: PreviewRow = { guid, before, after, titleChanged, descriptionChanged };
  if (!titleChanged && !descriptionChanged) return row;
  const errors = validateImageText(after);
  const problem = errors.title ?? errors.description;
  return problem ? { ...row, problem } : row;
}

export function summarise(rows: PreviewRow[]): PreviewSummary {
  let changed = 0;
  let invalid = 0;
  for (const row of rows) {
    if (!isChanged(row)) continue;
    if (row.problem === undefined) changed++;
    else invalid++;
  }
  return { rows, changed, invalid, unchanged: rows.length - changed - invalid };
}

/** Applies a compiled operation to the chosen field(s) of every source. */
export function previewOperation(
  sources: readonly BulkSource[],
  operation: CompiledOperation & { ok: true },
  field: BulkField,
): PreviewSummary {
  const onTitle = field !== "description" || operation.titleOnly;
  const onDescription = field !== "title" && !operation.titleOnly;
  const rows = sources.map((source) => {
    const context = { fileName: source.file_name };
    const before = { title: source.title, description: source.description };
    const after = {
      title: onTitle ? operation.apply(source.title, context, false) : source.title,
      description: onDescription
        ? operation.apply(source.description, context, true)
        : source.description,
    };
    return previewRow(source.guid, before, after);
  });
  return summarise(rows);
}
