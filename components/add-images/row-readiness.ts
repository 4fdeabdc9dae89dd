// Whether a row can go out: a hi-res URL whose details could not be read needs a fix first.
import type { Row } from "./types";

/** The probe failed for the URL the row has now, and its size was not filled in by hand. */
export function unreadable(row: Row): boolean {
  const url = row.fields.private_hires_uri.trim();
  return (
    row.probe.state === "error" &&
    row.probe.url === url &&
    !(row.fields.pix_w.trim() && row.fields.pix_h.trim())
  );
}

/** Why the row is held back, for its header. */
export function unreadableMessage(row: Row): string {
  return `This URL could not be read${row.probe.message ? `: ${row.probe.message}` : "."} Fix the URL, or fill in the width and height by hand.`;
}
