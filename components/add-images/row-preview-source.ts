import { currentGenerated, isValidUrl } from "./payload";
import type { Row } from "./types";

const BROWSER_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The best small picture of the row known so far. */
export function previewSource(row: Row, localPreview: string | undefined): string | undefined {
  const generated = currentGenerated(row);
  if (generated) return generated.public_thumbnail_uri;
  const thumbnail = row.fields.public_thumbnail_uri.trim();
  if (thumbnail && isValidUrl(thumbnail)) return thumbnail;
  if (localPreview) return localPreview;
  const url = row.fields.private_hires_uri.trim();
  if (
    row.probe.state === "done" &&
    row.probe.url === url &&
    BROWSER_TYPES.has(row.probe.contentType ?? "")
  )
    return url;
  return undefined;
}
