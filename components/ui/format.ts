// Display helpers shared by cards, rows and the detail page. Deterministic (fixed locale and
// UTC) so the server render and the browser agree and hydration never mismatches.
import type { ImageDetails } from "@/lib/schemas/finerworks";

const LOCALE = "en-US";
const numberFormat = new Intl.NumberFormat(LOCALE);
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** The name a user sees for an image: title, else file name, else a placeholder. */
export function imageDisplayTitle(image: Pick<ImageDetails, "title" | "file_name">): string {
  return image.title.trim() || image.file_name?.trim() || "Untitled image";
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

export function formatDimensions(
  w: number | null | undefined,
  h: number | null | undefined,
): string {
  return w && h ? `${numberFormat.format(w)} × ${numberFormat.format(h)} px` : "—";
}

/** Upstream dates may come without a zone ("2024-03-01T10:00:00"); the calendar day is what counts. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  const date = new Date(day ? `${day}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** The machine-readable form for <time dateTime>. */
export function isoDay(value: string | null | undefined): string | undefined {
  return value ? /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : undefined;
}

// Making an Intl.NumberFormat costs ~100x formatting with one: a table row has three prices.
const currencyFormats = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(code: string): Intl.NumberFormat | null {
  let format = currencyFormats.get(code);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(LOCALE, { style: "currency", currency: code });
    } catch {
      format = null; // not a currency Intl knows
    }
    currencyFormats.set(code, format);
  }
  return format;
}

/** Prices with the product's currency when it is an ISO code, else the number and the raw format. */
export function formatMoney(
  amount: number | null | undefined,
  monetaryFormat: string | null | undefined,
): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "—";
  const code = monetaryFormat?.trim().toUpperCase();
  const format = code && /^[A-Z]{3}$/.test(code) ? currencyFormat(code) : null;
  return format ? format.format(amount) : amount.toFixed(2);
}

/** "1 image", "3 images"; `many` for words that do not just take an s. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
