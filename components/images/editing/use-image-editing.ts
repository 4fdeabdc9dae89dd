"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { loadDraft } from "@/lib/editing/drafts";
import {
  isEditorOpen,
  setEditSession,
  useEditSession,
  type EditField,
  type EditSession,
} from "@/lib/editing/edit-sessions";
import { imageText, openingSession } from "@/lib/editing/open-session";
import { useImageSaveState, type ImageSaveState } from "@/lib/queries/image-save-state";
import { useCanEdit } from "@/components/ui/can-edit";
import { preloadImageTextEditor } from "./lazy-image-text-editor";

interface EditableImage {
  guid: string;
  title: string;
  description: string;
}

interface ImageEditing<T extends EditableImage> {
  /** The image as it should be shown: with the text being saved while its request is in flight. */
  image: T;
  session: EditSession | undefined;
  /** The image's save in flight, or just saved (from the mutation cache). */
  save: ImageSaveState | undefined;
  /** The signed-in person may edit (staff, admin): the rest is always closed and false otherwise. */
  canEdit: boolean;
  editorOpen: boolean;
  /** A save is in flight: another edit would start from text FinerWorks may not keep. */
  busy: boolean;
  /** A draft from an earlier visit waits in this browser (the editor offers it back). */
  draftPending: boolean;
  open: (field: EditField) => void;
}

/** One image's inline-editing state and the way to open its editor. */
export function useImageEditing<T extends EditableImage>(image: T): ImageEditing<T> {
  const canEdit = useCanEdit();
  const session = useEditSession(image.guid);
  const { guid, title, description } = image;
  const open = useCallback(
    (field: EditField) => {
      preloadImageTextEditor();
      setEditSession(
        guid,
        openingSession(imageText({ title, description }), loadDraft(guid), field),
      );
    },
    [guid, title, description],
  );
  // The mutation's variables, not only the query cache, carry the new text: the cache notifies
  // its readers a task later, and the title must be right in the very render that closes the
  // editor (the save starts before the editor closes, and this reads the mutation cache then).
  const save = useImageSaveState(guid);
  const savingText = save?.phase === "saving" ? save.text : undefined;
  const shown = useMemo(
    () =>
      savingText
        ? { ...image, title: savingText.title, description: savingText.description }
        : image,
    [savingText, image],
  );
  // Local storage is read after hydration, so the server render and the first client render agree.
  const [draftPending, setDraftPending] = useState(false);
  useEffect(() => {
    // Nobody else has drafts: no storage read per card for them.
    setDraftPending(canEdit && session === undefined && loadDraft(guid) !== null);
  }, [canEdit, guid, session]);
  return {
    image: shown,
    session,
    save,
    canEdit,
    editorOpen: canEdit && isEditorOpen(session),
    busy: savingText !== undefined,
    draftPending,
    open,
  };
}
