"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type KeyboardEvent } from "react";
import type { LibraryName, ProductDetails } from "@/lib/schemas/finerworks";
import { clearDraft, sameText, saveDraft, type ImageText } from "@/lib/editing/drafts";
import {
  requestEditButtonFocus,
  setEditSession,
  updateEditSession,
  type EditField,
  type EditSession,
} from "@/lib/editing/edit-sessions";
import { imageText } from "@/lib/editing/open-session";
import { validateImageText } from "@/lib/editing/validate";
import { writeImageText } from "@/lib/queries/image-text";
import { imageKeys } from "@/lib/resources/image-keys";
import { saveImageText } from "./save-image-text";

export interface EditedImage {
  guid: string;
  title: string;
  description: string;
  products?: ProductDetails[] | null;
}

/**
 * What the inline editor does, apart from how it looks: typing (kept as a draft), cancel,
 * save (validated, confirmed when products are at risk, then optimistic), conflict answers.
 */
export function useImageTextController(options: {
  image: EditedImage;
  library: LibraryName;
  session: EditSession;
  /** Puts the caret in a field (a refused save points at the first wrong one). */
  focusField: (field: EditField) => void;
}) {
  const { image, library, session, focusField } = options;
  const queryClient = useQueryClient();
  const { guid } = image;
  const [submitted, setSubmitted] = useState(false);
  const products = library === "inventory" ? (image.products ?? []) : [];
  const { text, base } = session;
  const errors = validateImageText(text);

  function change(patch: Partial<ImageText>) {
    updateEditSession(guid, (s) => {
      const next = { ...s, text: { ...s.text, ...patch } };
      saveDraft(guid, {
        text: next.text,
        base: next.base,
        updatedAt: Date.now(),
        ...(next.error && next.phase === "failed" ? { failure: next.error } : {}),
      });
      return next;
    });
  }

  function close(focus: EditField = session.focus) {
    requestEditButtonFocus(guid, focus);
    setEditSession(guid, undefined);
  }

  function cancel() {
    clearDraft(guid);
    close();
  }

  /** The one place a save leaves the editor: it closes, the request runs on its own. */
  function send(expected: ImageText) {
    requestEditButtonFocus(guid, session.focus);
    void saveImageText(queryClient, {
      guid,
      text,
      expected,
      focus: session.focus,
      removedProducts: products.length,
    });
  }

  function save(expected: ImageText = base) {
    if (errors.title || errors.description) {
      setSubmitted(true);
      focusField(errors.title ? "title" : "description");
      return;
    }
    if (sameText(text, expected)) {
      // Nothing changed: no request, and no products put at risk.
      cancel();
      return;
    }
    if (products.length > 0 && session.confirmedRemoval !== true) {
      setEditSession(guid, { ...session, base: expected, phase: "confirming" });
      return;
    }
    send(expected);
  }

  /** Enter, Ctrl+Enter and Save: against what the server holds now after a conflict. */
  const saveCurrent = () => save(session.current ?? base);

  function takeTheirs(current: ImageText) {
    clearDraft(guid);
    writeImageText(queryClient, guid, current);
    void queryClient.invalidateQueries({ queryKey: imageKeys.lists() });
    close();
  }

  function discardDraft() {
    clearDraft(guid);
    const current = imageText(image);
    setEditSession(guid, { phase: "editing", focus: session.focus, text: current, base: current });
  }

  function onKeyDown(event: KeyboardEvent, saves: boolean) {
    if (event.nativeEvent.isComposing) return;
    if (saves) {
      event.preventDefault();
      saveCurrent();
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  }

  return {
    text,
    errors,
    products,
    showTitleError: errors.title !== undefined && (submitted || text.title !== base.title),
    showDescriptionError:
      errors.description !== undefined && (submitted || text.description !== base.description),
    change,
    cancel,
    saveCurrent,
    retry: () => save(base),
    keepMine: (current: ImageText) => save(current),
    takeTheirs,
    discardDraft,
    confirmRemoval: () => send(base),
    keepProducts: () => setEditSession(guid, { ...session, phase: "editing" }),
    onTitleKeyDown: (event: KeyboardEvent) => onKeyDown(event, event.key === "Enter"),
    onDescriptionKeyDown: (event: KeyboardEvent) =>
      onKeyDown(event, event.key === "Enter" && (event.ctrlKey || event.metaKey)),
  };
}
