import type { PrintSize } from "@/lib/schemas/products";

const inches = (n: number) => String(Math.round(n * 100) / 100);

/** `8 x 10"`, or "—" when nothing said the size. */
export function formatPrintSize(size: PrintSize | null): string {
  return size ? `${inches(size.width_in)} x ${inches(size.height_in)}"` : "—";
}

export function formatPct(pct: number | null): string {
  return pct === null ? "—" : `${pct.toFixed(1)} %`;
}

const timeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/** The snapshot's time in the reader's own zone (the page renders it in the browser). */
export function formatSnapshotTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/** "1 min 05 s", "42 s". */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}
