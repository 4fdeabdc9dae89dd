// A tiny toast queue outside React, so code that finishes after its component unmounted (a
// save started from a closed editor) can still tell the person how it went.
interface ToastAction {
  label: string;
  onAction: () => void;
}

export interface Toast {
  id: number;
  tone: "success" | "error" | "info";
  message: string;
  detail?: string;
  action?: ToastAction;
  /** How long it stays, paused while hovered or focused. */
  durationMs: number;
}

const MAX_TOASTS = 4;
let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: readonly Toast[]): void {
  toasts = next;
  listeners.forEach((listener) => listener());
}

export function showToast(
  toast: Omit<Toast, "id" | "durationMs"> & { durationMs?: number },
): number {
  const id = nextId++;
  emit([...toasts, { durationMs: 10_000, ...toast, id }].slice(-MAX_TOASTS));
  return id;
}

export function dismissToast(id: number): void {
  if (toasts.some((t) => t.id === id)) emit(toasts.filter((t) => t.id !== id));
}

export function getToasts(): readonly Toast[] {
  return toasts;
}

export function subscribeToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
