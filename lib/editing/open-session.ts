import type { ImageDraft, ImageText } from "./drafts";
import { sameText } from "./drafts";
import type { EditField, EditSession } from "./edit-sessions";

/** The text of an image as the editor edits it. */
export function imageText(image: ImageText): ImageText {
  return { title: image.title, description: image.description };
}

/**
 * The session an editor opens with: a stored draft comes back (with the text it started from,
 * so a change made meanwhile still shows up as a conflict, and with its failed save, so Retry
 * is one click away); otherwise the image's current text.
 */
export function openingSession(
  current: ImageText,
  draft: ImageDraft | null,
  focus: EditField,
): EditSession {
  if (draft && !sameText(draft.text, current)) {
    return {
      phase: draft.failure ? "failed" : "editing",
      focus,
      text: draft.text,
      base: draft.base,
      restoredAt: draft.updatedAt,
      ...(draft.failure ? { error: draft.failure } : {}),
    };
  }
  return { phase: "editing", focus, text: current, base: current };
}
