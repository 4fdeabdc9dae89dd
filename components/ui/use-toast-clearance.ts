"use client";

import { useEffect, type RefObject } from "react";

/** The page keeps this much room at its bottom, and focus scrolls above it. */
const TOAST_SPACE_VAR = "--toast-space";

function covered(element: Element, stack: HTMLElement): boolean {
  if (stack.contains(element)) return false;
  const a = element.getBoundingClientRect();
  const b = stack.getBoundingClientRect();
  return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
}

/**
 * Toasts never hide what the person is working on: while they show, the page gets their height
 * as extra room at its bottom (so the last row of the grid can scroll clear of them) and as
 * scroll padding, and a focused control they would cover is scrolled above them.
 */
export function useToastClearance(stackRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const stack = stackRef.current;
    if (!stack) return;
    const root = document.documentElement;
    const clearFocused = () => {
      const focused = document.activeElement;
      if (focused && focused !== document.body && covered(focused, stack))
        focused.scrollIntoView({ block: "nearest" });
    };
    const observer = new ResizeObserver(() => {
      const height = stack.getBoundingClientRect().height;
      root.style.setProperty(TOAST_SPACE_VAR, `${Math.ceil(height)}px`);
      clearFocused();
    });
    observer.observe(stack);
    document.addEventListener("focusin", clearFocused);
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", clearFocused);
      root.style.removeProperty(TOAST_SPACE_VAR);
    };
  }, [stackRef]);
}
