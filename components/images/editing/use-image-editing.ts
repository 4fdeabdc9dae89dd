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
import { useCanEdit } from "./can-edit";
import { preloadImageTextEditor } from "./lazy-image-text-editor";

interface EditableImage {
  guid: string;
  title: string;
  description: string;
}

export interface ImageEditing<T extends EditableImage> {
  /** The image as it should be shown: with the text being saved while its request is in flight. */
  image: T;
  session: EditSession | undefined;
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
  // The session, not only the query cache, carries the new text: the cache notifies its
  // readers a task later, and the title must be right in the very render that closes the editor.
  const saving = session?.phase === "saving";
  const shown = useMemo(
    () =>
      saving
        ? { ...image, title: session.text.title, description: session.text.description }
        : image,
    [saving, image, session?.text],
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
    canEdit,
    editorOpen: canEdit && isEditorOpen(session),
    busy: saving,
    draftPending,
    open,
  };
}
