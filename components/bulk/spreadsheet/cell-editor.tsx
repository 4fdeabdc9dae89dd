"use client";

import type { KeyboardEvent } from "react";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { CellHandlers } from "./cell-handlers";

/**
 * The open cell: Enter keeps the text and goes down (Shift+Enter is a new line in a
 * description), Tab goes on, Esc leaves the cell as it was.
 */
export function CellEditor({
  label,
  multiline,
  value,
  handlers,
}: {
  label: string;
  multiline: boolean;
  value: string;
  handlers: CellHandlers;
}) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    event.stopPropagation();
    if (event.key === "Enter" && !(multiline && event.shiftKey)) {
      event.preventDefault();
      handlers.onCommit("down");
    } else if (event.key === "Tab") {
      event.preventDefault();
      handlers.onCommit(event.shiftKey ? "left" : "right");
    } else if (event.key === "Escape") {
      event.preventDefault();
      handlers.onCancel();
    }
  }
  const common = {
    "aria-label": label,
    value,
    autoFocus: true,
    onChange: (e: { target: { value: string } }) => handlers.onType(e.target.value),
    onKeyDown,
    onBlur: () => handlers.onCommit("stay"),
    // Put the caret at the end, after what was typed to open the cell.
    onFocus: (e: { target: HTMLInputElement | HTMLTextAreaElement }) =>
      e.target.setSelectionRange(e.target.value.length, e.target.value.length),
  };
  return multiline ? (
    <textarea {...common} rows={3} className={cn(controlClasses, "h-auto py-1.5 text-xs")} />
  ) : (
    <input {...common} className={cn(controlClasses, "h-8")} />
  );
}
