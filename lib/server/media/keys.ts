// Media keys: "<area>/<uuid>/<name>", every segment from a small safe alphabet, so a key is
// also a safe relative path and a URL path that needs no escaping.
import { randomUUID } from "node:crypto";

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}$/;

export function isSafeKeySegment(segment: string): boolean {
  return SEGMENT.test(segment) && segment !== "." && segment !== ".." && !segment.includes("..");
}

export function isSafeKey(key: string): boolean {
  const parts = key.split("/");
  return parts.length >= 1 && parts.length <= 4 && parts.every(isSafeKeySegment);
}

/** "Sunset at the Beach (2).JPG" -> "Sunset-at-the-Beach-2.JPG" (at most 96 characters). */
export function keySafeName(rawName: string, fallback = "image"): string {
  const fileName = rawName.split(/[\\/]/).at(-1) ?? "";
  const dot = fileName.lastIndexOf(".");
  const ext =
    dot > 0
      ? fileName
          .slice(dot + 1)
          .replace(/[^A-Za-z0-9]/g, "")
          .slice(0, 5)
      : "";
  const base = (dot > 0 ? fileName.slice(0, dot) : fileName)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 90);
  const name = `${base || fallback}${ext ? `.${ext}` : ""}`;
  return isSafeKeySegment(name) ? name : fallback;
}

export function newMediaFolder(area: "uploads" | "generated"): string {
  return `${area}/${randomUUID()}`;
}
