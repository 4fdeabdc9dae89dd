// The optimistic save of an inline edit: new text on screen in the same task as the key
// press, the request after, the old text back (and the editor reopened with the draft) when
// FinerWorks refuses or fails; a toast with Undo when it is saved. Runs outside React: the
// editor has already closed.
import type { QueryClient } from "@tanstack/react-query";
import { clearDraft, saveDraft, type ImageText } from "@/lib/editing/drafts";
import { setEditSession, type EditFailure, type EditField } from "@/lib/editing/edit-sessions";
import { conflictCurrent } from "@/lib/queries/image-text";
import { saveImageTexts } from "@/lib/queries/save-image-texts";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { showToast } from "@/components/ui/toast-store";
import { plural } from "@/components/ui/format";

interface SaveImageTextRequest {
  guid: string;
  text: ImageText;
  expected: ImageText;
  focus: EditField;
  /** Products FinerWorks removes with this update; the person has agreed to it. */
  removedProducts: number;
  /** Set when this save puts back what an earlier save replaced: the products it cost. */
  undoOf?: { removedProducts: number };
  /** Set when this save is "Restore previous text" of that history entry (its id). */
  restoreOf?: string;
}

function describeFailure(error: unknown): EditFailure {
  if (error instanceof ApiRequestError) {
    return error.referenceId
      ? { message: error.message, referenceId: error.referenceId }
      : { message: error.message };
  }
  return { message: "Something went wrong while saving. Your text is kept; try again." };
}

function announceSaved(
  queryClient: QueryClient,
  request: SaveImageTextRequest,
  saved: ImageText,
  activityId: string | undefined,
): void {
  if (request.undoOf) {
    const lost = request.undoOf.removedProducts;
    showToast({
      tone: "success",
      message: "Restored the previous text.",
      ...(lost > 0 ? { detail: `The ${plural(lost, "removed product")} cannot be restored.` } : {}),
      durationMs: 6_000,
    });
    return;
  }
  const removed = request.removedProducts;
  showToast({
    tone: "success",
    message: request.restoreOf ? `Restored “${saved.title}”.` : `Saved “${saved.title}”.`,
    ...(removed > 0
      ? {
          detail: `${plural(removed, "product")} removed by FinerWorks. Undo restores the text, not the products.`,
        }
      : {}),
    action: {
      label: "Undo",
      onAction: () =>
        void saveImageText(queryClient, {
          guid: request.guid,
          text: request.expected,
          expected: saved,
          focus: request.focus,
          removedProducts: 0,
          undoOf: { removedProducts: removed },
          // Recorded as image.restore of the entry this save made.
          ...(activityId ? { restoreOf: activityId } : {}),
        }),
    },
  });
}

/**
 * Saves one image's text through the shared mutation (lib/queries/save-image-texts.ts). The editor
 * closes in the same task: the card shows the text in flight from the mutation cache. Resolves
 * true when FinerWorks has it; otherwise the editor opens again with the draft and the error.
 */
export async function saveImageText(
  queryClient: QueryClient,
  request: SaveImageTextRequest,
): Promise<boolean> {
  const { guid, text, expected, focus } = request;
  const saving = saveImageTexts(queryClient, [
    { guid, text, expected, ...(request.restoreOf ? { restoreOf: request.restoreOf } : {}) },
  ]);
  setEditSession(guid, undefined);
  const { saved, failed } = await saving;
  const done = saved[0];
  if (done) {
    clearDraft(guid);
    announceSaved(queryClient, request, done.text, done.activityId);
    return true;
  }
  const error = failed[0]?.error;
  const current = conflictCurrent(error);
  const failure = describeFailure(error);
  saveDraft(guid, {
    text,
    base: expected,
    updatedAt: Date.now(),
    ...(current ? {} : { failure }),
  });
  setEditSession(guid, {
    phase: current ? "conflict" : "failed",
    focus,
    text,
    base: expected,
    error: failure,
    ...(current ? { current } : {}),
    confirmedRemoval: request.removedProducts > 0,
  });
  return false;
}
