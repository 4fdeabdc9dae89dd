// Unsaved inline edits, kept in localStorage per image until saved or cancelled, so a reload,
// a crash or a failed save never loses what someone typed.
import { z } from "zod";
import { parseJsonOrUndefined } from "@/lib/json";

export const imageTextSchema = z.object({ title: z.string(), description: z.string() });
export type ImageText = z.infer<typeof imageTextSchema>;

const draftSchema = z.object({
  /** What the person typed. */
  text: imageTextSchema,
  /** The text the edit started from: sent as `expected` so a concurrent change is caught. */
  base: imageTextSchema,
  updatedAt: z.number(),
  /** The last save attempt failed (shown again, with Retry, when the editor reopens). */
  failure: z.object({ message: z.string(), referenceId: z.string().optional() }).optional(),
});
export type ImageDraft = z.infer<typeof draftSchema>;

const PREFIX = "finerworks:draft:";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be disabled (privacy modes); editing still works, only without the net.
    return null;
  }
}

export function loadDraft(guid: string): ImageDraft | null {
  const parsed = draftSchema.safeParse(parseJsonOrUndefined(storage()?.getItem(PREFIX + guid)));
  return parsed.success ? parsed.data : null;
}

export function saveDraft(guid: string, draft: ImageDraft): void {
  try {
    storage()?.setItem(PREFIX + guid, JSON.stringify(draft));
  } catch {
    // Quota exceeded: the draft still lives in memory while the page is open.
  }
}

export function clearDraft(guid: string): void {
  storage()?.removeItem(PREFIX + guid);
}

export function sameText(a: ImageText, b: ImageText): boolean {
  return a.title === b.title && a.description === b.description;
}
