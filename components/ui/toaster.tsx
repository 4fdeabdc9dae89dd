"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { cn } from "./cn";
import { XIcon } from "./icons";
import { useToastClearance } from "./use-toast-clearance";
import { dismissToast, getToasts, subscribeToasts, type Toast } from "./toast-store";

const noToasts: readonly Toast[] = [];

const tones: Record<Toast["tone"], string> = {
  success: "border-emerald-300 dark:border-emerald-700",
  error: "border-red-300 dark:border-red-800",
  info: "border-slate-300 dark:border-slate-700",
};

function ToastItem({ toast }: { toast: Toast }) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(toast.durationMs);

  // Counts down only while nobody is reading it (hover or keyboard focus pauses it).
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissToast(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [paused, toast.id]);

  return (
    <li
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={cn(
        "pointer-events-auto flex w-full items-start gap-3 rounded-xl border bg-white p-3.5 text-sm shadow-lg dark:bg-slate-900",
        tones[toast.tone],
      )}
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium break-words text-slate-900 dark:text-slate-50">{toast.message}</p>
        {toast.detail ? (
          <p className="mt-0.5 break-words text-slate-600 dark:text-slate-400">{toast.detail}</p>
        ) : null}
      </div>
      {toast.action ? (
        <button
          type="button"
          onClick={() => {
            dismissToast(toast.id);
            toast.action?.onAction();
          }}
          className="shrink-0 rounded-md px-2 py-1 font-semibold text-brand-600 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-blue-300 dark:hover:bg-slate-800"
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Dismiss notification"
        onClick={() => dismissToast(toast.id)}
        className="shrink-0 rounded-md p-1 text-slate-500 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-800"
      >
        <XIcon className="size-4" />
      </button>
    </li>
  );
}

/**
 * Where toasts appear: bottom right (bottom, full width, on a phone), announced politely. The
 * page keeps room for them, so they cover neither the grid's last row nor a focused control.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, () => noToasts);
  const stackRef = useRef<HTMLElement>(null);
  useToastClearance(stackRef);
  return (
    <section
      ref={stackRef}
      aria-label="Notifications"
      className={cn(
        "pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-end sm:inset-x-auto sm:right-0",
        toasts.length > 0 && "p-3 sm:p-4",
      )}
    >
      <div role="status" aria-live="polite" className="w-full sm:w-96">
        <ol className="flex flex-col gap-2">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
        </ol>
      </div>
    </section>
  );
}
