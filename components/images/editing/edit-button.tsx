"use client";

import { useEffect, useRef } from "react";
import { takeEditButtonFocus, type EditField } from "@/lib/editing/edit-sessions";
import { PencilIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { preloadImageTextEditor } from "./lazy-image-text-editor";

interface EditButtonProps {
  field: EditField;
  /** The image's editing state (from useImageEditing): how to open, and whether a save is in flight. */
  editing: { image: { guid: string }; open: (field: EditField) => void; busy: boolean };
  /** Show the words beside the pencil (roomy places); otherwise the icon carries the name. */
  showLabel?: boolean;
  className?: string;
}

/** "Edit title" / "Edit description": takes focus back when its editor closes. */
export function EditButton({ field, editing, showLabel, className }: EditButtonProps) {
  const { guid } = editing.image;
  const disabled = editing.busy;
  const ref = useRef<HTMLButtonElement>(null);
  const label = field === "title" ? "Edit title" : "Edit description";

  useEffect(() => {
    if (takeEditButtonFocus(guid, field)) ref.current?.focus();
  }, [guid, field]);

  return (
    <button
      ref={ref}
      type="button"
      aria-label={showLabel ? undefined : label}
      title={disabled ? "Saving…" : label}
      // aria-disabled, not disabled: the button keeps focus while its save is in flight.
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) editing.open(field);
      }}
      onPointerEnter={preloadImageTextEditor}
      onFocus={preloadImageTextEditor}
      className={cn(
        "inline-flex shrink-0 items-center gap-1 rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 aria-disabled:cursor-wait aria-disabled:opacity-50 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white",
        showLabel && "px-2 text-sm font-medium",
        className,
      )}
    >
      <PencilIcon className="size-4" />
      {showLabel ? label : null}
    </button>
  );
}
