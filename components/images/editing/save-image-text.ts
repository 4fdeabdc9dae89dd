// The optimistic save of an inline edit: new text on screen in the same task as the key
// press, the request after, the old text back (and the editor reopened with the draft) when
// FinerWorks refuses or fails. Runs outside React: the editor has already closed.
import type { QueryClient } from "@tanstack/react-query";
import { clearDraft, saveDraft, type ImageText } from "@/lib/editing/drafts";
import {
  getEditSession,
  setEditSession,
  type EditFailure,
  type EditField,
  type EditSession,
} from "@/lib/editing/edit-sessions";
import {
  conflictCurrent,
  patchImageText,
  restoreSnapshot,
  writeImageText,
} from "@/lib/queries/image-text";
import { historyKeys } from "@/lib/queries/history";
import { imageKeys } from "@/lib/queries/images";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { showToast } from "@/components/ui/toast-store";
import { plural } from "../format";

export interface SaveImageTextRequest {
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

/** How long "Saved" stays beside the title. */
const SAVED_VISIBLE_MS = 4_000;

export function describeFailure(error: unknown): EditFailure {
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

/** Saves one image's text optimistically. Resolves true when FinerWorks has it. */
export async function saveImageText(
  queryClient: QueryClient,
  request: SaveImageTextRequest,
): Promise<boolean> {
  const { guid, text, expected, focus } = request;
  setEditSession(guid, { phase: "saving", focus, text, base: expected });
  const snapshot = writeImageText(queryClient, guid, text);
  await queryClient.cancelQueries({ queryKey: imageKeys.lists() });
  // A refetch cancelled just now puts back the data it started from: write over it again.
  writeImageText(queryClient, guid, text);

  try {
    const saved = await patchImageText({ guid, text, expected, restoreOf: request.restoreOf });
    const savedText = { title: saved.title, description: saved.description };
    clearDraft(guid);
    const done: EditSession = { phase: "saved", focus, text: savedText, base: savedText };
    setEditSession(guid, done);
    setTimeout(() => {
      if (getEditSession(guid) === done) setEditSession(guid, undefined);
    }, SAVED_VISIBLE_MS);
    announceSaved(queryClient, request, savedText, saved.activity_id);
    return true;
  } catch (error) {
    restoreSnapshot(queryClient, snapshot);
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
  } finally {
    // The truth, not a guess: FinerWorks' text, and the products an update removed.
    void queryClient.invalidateQueries({ queryKey: imageKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: historyKeys.all });
  }
}
