"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

/**
 * A modal panel on the right edge (full width on a phone), on a native <dialog>: focus is
 * trapped, the page behind is inert, Escape closes it. Closing gives focus back to whatever
 * had it when the panel opened (the row or badge that opened it).
 */
export function SidePanel({
  title,
  label,
  onClose,
  children,
  className,
}: {
  /** The visible heading; it also names the dialog unless `label` is given. */
  title: ReactNode;
  label?: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={label ? undefined : headingId}
      aria-label={label}
      onCancel={(event) => {
        // Escape: React owns whether the panel is shown.
        event.preventDefault();
        onCloseRef.current();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === event.currentTarget) onCloseRef.current();
      }}
      className={cn(
        "fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-full border-0 bg-transparent p-0 backdrop:bg-slate-950/40 sm:w-[34rem]",
        className,
      )}
    >
      <div className="flex h-full flex-col border-l border-slate-200 bg-white text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <div className="flex items-start justify-between gap-3 border-b border-slate-200 px-4 py-3 sm:px-5 dark:border-slate-800">
          <h2
            id={headingId}
            className="min-w-0 pt-1 text-lg leading-snug font-semibold break-words"
          >
            {title}
          </h2>
          <Button size="sm" variant="secondary" onClick={() => onCloseRef.current()} autoFocus>
            Close
          </Button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4 sm:px-5">{children}</div>
      </div>
    </dialog>
  );
}
