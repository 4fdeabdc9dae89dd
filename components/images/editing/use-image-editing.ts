"use client";

import { useCallback } from "react";
import { loadDraft } from "@/lib/editing/drafts";
import {
  isEditorOpen,
  setEditSession,
  useEditSession,
  type EditField,
  type EditSession,
} from "@/lib/editing/edit-sessions";
import { imageText, openingSession } from "@/lib/editing/open-session";
import { preloadImageTextEditor } from "./lazy-image-text-editor";

export interface ImageEditing {
  session: EditSession | undefined;
  editorOpen: boolean;
  /** A save is in flight: another edit would start from text FinerWorks may not keep. */
  busy: boolean;
  open: (field: EditField) => void;
}

/** One image's inline-editing state and the way to open its editor. */
export function useImageEditing(image: {
  guid: string;
  title: string | null;
  description: string | null;
}): ImageEditing {
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
  return { session, editorOpen: isEditorOpen(session), busy: session?.phase === "saving", open };
}
