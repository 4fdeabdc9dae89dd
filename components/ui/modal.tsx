"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A native modal <dialog>, open while mounted: focus trapping, Escape and an inert page come
 * from the browser. Closing (Escape or the parent unmounting it) hands focus back to whatever
 * had it before. The element marked `data-autofocus` takes focus on opening.
 */
export function Modal({
  onClose,
  className,
  children,
  ...aria
}: {
  onClose: () => void;
  className?: string;
  children: ReactNode;
  /** "alertdialog" for a question that interrupts (the browser still treats it as a modal). */
  role?: "alertdialog";
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // React's autoFocus runs before showModal, which then moves focus: mark the target instead.
    dialog?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      dialog?.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      {...aria}
      onCancel={(event) => {
        // Escape: the parent closes it, so React and the DOM agree on what is open.
        event.preventDefault();
        onClose();
      }}
      className={className}
    >
      {children}
    </dialog>
  );
}
