"use client";

import { useEffect, useId, useRef } from "react";
import type { LibraryName } from "@/lib/schemas/finerworks";
import type { EditField, EditSession } from "@/lib/editing/edit-sessions";
import { imageText } from "@/lib/editing/open-session";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/schemas/image-limits";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConflictView } from "./conflict-view";
import { EditorNotice } from "./editor-notice";
import { RemoveProductsDialog } from "@/components/ui/remove-products-dialog";
import { useImageTextController, type EditedImage } from "./use-image-text-controller";

export interface ImageTextEditorProps {
  image: EditedImage;
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
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const fieldRef = (field: EditField) => (field === "title" ? titleRef : descriptionRef);
  const focusField = (field: EditField) => fieldRef(field).current?.focus();
  const editor = useImageTextController({ image, library, session, focusField });
  const { text, errors, showTitleError, showDescriptionError } = editor;
  const { phase } = session;

  // Focus lands in the field that was asked for, caret at the end; back in it after the dialog.
  const dialogOpen = phase === "confirming";
  useEffect(() => {
    if (dialogOpen || phase === "conflict") return;
    const el = fieldRef(session.focus).current;
    if (!el || el === document.activeElement) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    // Only when the editor opens or the dialog closes: a phase or focus change while the editor
    // is open (Saving, a conflict answer) must not pull the caret back from where the user is.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately [dialogOpen] only
  }, [dialogOpen]);

  const titleId = `${ids}-title`;
  const descriptionId = `${ids}-description`;

  return (
    <form
      aria-label={`Edit ${imageText(image).title || "image"}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        editor.saveCurrent();
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
            onClick={editor.discardDraft}
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
          onChange={(e) => editor.change({ title: e.target.value })}
          onKeyDown={editor.onTitleKeyDown}
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
          onChange={(e) => editor.change({ description: e.target.value })}
          onKeyDown={editor.onDescriptionKeyDown}
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
          <Button size="sm" variant="secondary" className="mt-2" onClick={editor.retry}>
            Retry
          </Button>
        </EditorNotice>
      ) : null}

      {phase === "conflict" && session.current ? (
        <ConflictView
          mine={text}
          theirs={session.current}
          onKeepMine={() => editor.keepMine(session.current!)}
          onTakeTheirs={() => editor.takeTheirs(session.current!)}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" size="sm">
          Save
        </Button>
        <Button size="sm" onClick={editor.cancel}>
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
          products={editor.products}
          onCancel={editor.keepProducts}
          onConfirm={editor.confirmRemoval}
        />
      ) : null}
    </form>
  );
}
