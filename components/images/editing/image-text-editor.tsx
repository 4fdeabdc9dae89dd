"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { LibraryName, ProductDetails } from "@/lib/finerworks/schemas";
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
import { imageKeys } from "@/lib/queries/images";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/schemas/image-input";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConflictView } from "./conflict-view";
import { EditorNotice } from "./editor-notice";
import { RemoveProductsDialog } from "./remove-products-dialog";
import { saveImageText } from "./save-image-text";

export interface ImageTextEditorProps {
  image: {
    guid: string;
    title: string | null;
    description: string | null;
    products?: ProductDetails[] | null;
  };
  library: LibraryName;
  session: EditSession;
  className?: string;
}

const inputClasses =
  "block w-full rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs " +
  "focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none " +
  "aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/30 " +
  "dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100";

function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <span
      id={id}
      className={cn(
        "text-xs tabular-nums",
        length > max
          ? "font-medium text-red-700 dark:text-red-300"
          : "text-slate-500 dark:text-slate-400",
      )}
    >
      {length}/{max}
    </span>
  );
}

/** Title and description of one image, edited in place; saving is optimistic. */
export default function ImageTextEditor({
  image,
  library,
  session,
  className,
}: ImageTextEditorProps) {
  const queryClient = useQueryClient();
  const { guid } = image;
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const [submitted, setSubmitted] = useState(false);
  const products = library === "inventory" ? (image.products ?? []) : [];

  const { text, base, phase } = session;
  const errors = validateImageText(text);
  const showTitleError = errors.title !== undefined && (submitted || text.title !== base.title);
  const showDescriptionError =
    errors.description !== undefined && (submitted || text.description !== base.description);

  const fieldRef = (field: EditField) => (field === "title" ? titleRef : descriptionRef);

  // Focus lands in the field that was asked for, caret at the end; back in it after the dialog.
  const dialogOpen = phase === "confirming";
  useEffect(() => {
    if (dialogOpen || phase === "conflict") return;
    const el = fieldRef(session.focus).current;
    if (!el || el === document.activeElement) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    // Only when the editor opens or the dialog closes, not on every keystroke.
  }, [dialogOpen]);

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

  function save(expected: ImageText = base, confirmed = session.confirmedRemoval === true) {
    const found = validateImageText(text);
    if (found.title || found.description) {
      setSubmitted(true);
      fieldRef(found.title ? "title" : "description").current?.focus();
      return;
    }
    if (sameText(text, expected)) {
      // Nothing changed: no request, and no products put at risk.
      cancel();
      return;
    }
    if (products.length > 0 && !confirmed) {
      setEditSession(guid, { ...session, base: expected, phase: "confirming" });
      return;
    }
    requestEditButtonFocus(guid, session.focus);
    void saveImageText(queryClient, {
      guid,
      text,
      expected,
      focus: session.focus,
      removedProducts: products.length,
    });
  }

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

  function onTitleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "Enter") {
      event.preventDefault();
      save(session.current ?? base);
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  }

  function onDescriptionKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save(session.current ?? base);
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  }

  const titleId = `${ids}-title`;
  const descriptionId = `${ids}-description`;

  return (
    <form
      aria-label={`Edit ${imageText(image).title || "image"}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(session.current ?? base);
      }}
      className={cn("@container space-y-3", className)}
    >
      {session.restoredAt !== undefined && phase !== "conflict" ? (
        <EditorNotice tone="info">
          <p>
            Your unsaved draft from{" "}
            <time dateTime={new Date(session.restoredAt).toISOString()}>
              {new Date(session.restoredAt).toLocaleString(undefined, {
                dateStyle: "medium",
                timeStyle: "short",
              })}
            </time>{" "}
            is back.
          </p>
          <button
            type="button"
            onClick={discardDraft}
            className="mt-1 font-medium underline underline-offset-2"
          >
            Discard draft
          </button>
        </EditorNotice>
      ) : null}

      <div className="space-y-1">
        <div className="flex items-baseline justify-between gap-2">
          <label
            htmlFor={titleId}
            className="text-sm font-medium text-slate-800 dark:text-slate-200"
          >
            Title
          </label>
          <Counter id={`${titleId}-count`} length={text.title.length} max={TITLE_MAX} />
        </div>
        <input
          ref={titleRef}
          id={titleId}
          type="text"
          value={text.title}
          onChange={(e) => change({ title: e.target.value })}
          onKeyDown={onTitleKeyDown}
          aria-invalid={showTitleError || undefined}
          aria-describedby={cn(`${titleId}-count`, showTitleError && `${titleId}-error`)}
          autoComplete="off"
          enterKeyHint="done"
          className={inputClasses}
        />
        {showTitleError ? (
          <p id={`${titleId}-error`} className="text-xs font-medium text-red-700 dark:text-red-300">
            {errors.title}
          </p>
        ) : null}
      </div>

      <div className="space-y-1">
        <div className="flex items-baseline justify-between gap-2">
          <label
            htmlFor={descriptionId}
            className="text-sm font-medium text-slate-800 dark:text-slate-200"
          >
            Description
          </label>
          <Counter
            id={`${descriptionId}-count`}
            length={text.description.length}
            max={DESCRIPTION_MAX}
          />
        </div>
        <textarea
          ref={descriptionRef}
          id={descriptionId}
          value={text.description}
          rows={3}
          onChange={(e) => change({ description: e.target.value })}
          onKeyDown={onDescriptionKeyDown}
          aria-invalid={showDescriptionError || undefined}
          aria-describedby={cn(
            `${descriptionId}-count`,
            `${ids}-keys`,
            showDescriptionError && `${descriptionId}-error`,
          )}
          className={cn(inputClasses, "resize-y")}
        />
        {showDescriptionError ? (
          <p
            id={`${descriptionId}-error`}
            className="text-xs font-medium text-red-700 dark:text-red-300"
          >
            {errors.description}
          </p>
        ) : null}
      </div>

      {phase === "failed" && session.error ? (
        <EditorNotice tone="error" role="alert">
          <p className="font-medium">Not saved: {session.error.message}</p>
          {session.error.referenceId ? (
            <p className="mt-0.5">
              FinerWorks reference:{" "}
              <span className="font-mono break-all select-all">{session.error.referenceId}</span>
            </p>
          ) : null}
          <p className="mt-0.5">Your text is kept here and in this browser until it is saved.</p>
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => save(base)}>
            Retry
          </Button>
        </EditorNotice>
      ) : null}

      {phase === "conflict" && session.current ? (
        <ConflictView
          mine={text}
          theirs={session.current}
          onKeepMine={() => save(session.current)}
          onTakeTheirs={() => takeTheirs(session.current!)}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" size="sm">
          Save
        </Button>
        <Button size="sm" onClick={cancel}>
          Cancel
        </Button>
        <p
          id={`${ids}-keys`}
          className="hidden text-xs text-slate-500 sm:block dark:text-slate-400"
        >
          Enter saves the title, Ctrl+Enter the description, Esc cancels.
        </p>
      </div>

      {phase === "confirming" ? (
        <RemoveProductsDialog
          products={products}
          onCancel={() => setEditSession(guid, { ...session, phase: "editing" })}
          onConfirm={() => {
            requestEditButtonFocus(guid, session.focus);
            void saveImageText(queryClient, {
              guid,
              text,
              expected: base,
              focus: session.focus,
              removedProducts: products.length,
            });
          }}
        />
      ) : null}
    </form>
  );
}
