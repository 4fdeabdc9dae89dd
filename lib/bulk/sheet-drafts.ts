// Unsaved spreadsheet cells, kept in localStorage like the inline editor's drafts
// (lib/editing/drafts.ts): a reload or a crash offers them back, with the text they started from.
import { z } from "zod";
import { imageTextSchema } from "@/lib/editing/drafts";
import { parseJsonOrUndefined } from "@/lib/json";
import type { SheetEdits, SheetRow } from "./sheet";

const KEY = "finerworks:sheet-drafts";

const storedSchema = z.record(
  z.string(),
  z.object({
    base: imageTextSchema,
    edits: z.object({ title: z.string().optional(), description: z.string().optional() }),
  }),
);
export type StoredSheetDrafts = z.infer<typeof storedSchema>;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function loadSheetDrafts(): StoredSheetDrafts {
  const parsed = storedSchema.safeParse(parseJsonOrUndefined(storage()?.getItem(KEY)));
  return parsed.success ? parsed.data : {};
}

/** Writes the drafts of these rows (removing those without edits); other images' stay. */
export function saveSheetDrafts(rows: readonly SheetRow[], edits: SheetEdits): void {
  const all = loadSheetDrafts();
  for (const row of rows) {
    const cell = edits[row.guid];
    if (cell && Object.keys(cell).length > 0) all[row.guid] = { base: row.base, edits: cell };
    else delete all[row.guid];
  }
  try {
    if (Object.keys(all).length === 0) storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, JSON.stringify(all));
  } catch {
    // Quota exceeded: the edits still live in the page.
  }
}
