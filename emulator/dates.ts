// FinerWorks answers with US Central wall-clock times ("2025-10-27T14:14:28.7196101-05:00").
// The emulator uses a fixed -05:00 so clients meet a non-UTC offset, and date filters work on
// the same calendar day the client sees in date_added.

const OFFSET_MINUTES = -5 * 60;
const OFFSET_MS = OFFSET_MINUTES * 60_000;
export const DAY_MS = 86_400_000;

/** Epoch ms -> "2025-10-27T14:14:28.719-05:00". */
export function toWireDate(ms: number): string {
  const local = new Date(ms + OFFSET_MS).toISOString().slice(0, 23);
  const sign = OFFSET_MINUTES < 0 ? "-" : "+";
  const abs = Math.abs(OFFSET_MINUTES);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** First ms of the emulator's calendar day named by "YYYY-MM-DD..." (time part ignored). */
export function dayStartMs(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00.000Z`) - OFFSET_MS;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
