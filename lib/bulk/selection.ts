// The images chosen for a bulk edit, by guid, outside React: kept across pages, sorts and
// filters, and in sessionStorage so a reload keeps it (a tab's own, unlike drafts). The
// details of images seen on screen are kept beside it, so the preview needs no request for
// them; after a reload the missing ones are read again by guid.
import type { ImageDetails } from "@/lib/schemas/finerworks";

/** "Select all N matching" and every other way of selecting stop here. */
export const MAX_SELECTION = 1_000;

const KEY = "finerworks:bulk-selection";

export interface SelectionSnapshot {
  guids: readonly string[];
  has: (guid: string) => boolean;
}

const EMPTY: SelectionSnapshot = { guids: [], has: () => false };

let snapshot: SelectionSnapshot | null = null;
let anchor: string | null = null;
const details = new Map<string, ImageDetails>();
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function make(guids: readonly string[]): SelectionSnapshot {
  const set = new Set(guids);
  return { guids, has: (guid) => set.has(guid) };
}

function load(): SelectionSnapshot {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? "[]");
    if (Array.isArray(parsed))
      return make(
        [...new Set(parsed.filter((g): g is string => typeof g === "string"))].slice(
          0,
          MAX_SELECTION,
        ),
      );
  } catch {
    // A damaged entry is an empty selection.
  }
  return EMPTY;
}

export function getSelection(): SelectionSnapshot {
  snapshot ??= load();
  return snapshot;
}

export function getServerSelection(): SelectionSnapshot {
  return EMPTY;
}

export function subscribeSelection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function commit(guids: readonly string[]): void {
  snapshot = guids.length === 0 ? EMPTY : make(guids);
  try {
    if (guids.length === 0) storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, JSON.stringify(guids));
  } catch {
    // Storage full or disabled: the selection still lives while the page is open.
  }
  listeners.forEach((listener) => listener());
}

/** Keeps the latest details of images on screen (only the selected ones are read later). */
export function rememberImages(images: readonly ImageDetails[]): void {
  for (const image of images) details.set(image.guid, image);
}

export function selectedDetails(guid: string): ImageDetails | undefined {
  return details.get(guid);
}

/** Selects or unselects images; returns how many could not be added over the limit. */
export function setSelected(images: readonly ImageDetails[], selected: boolean): number {
  rememberImages(images);
  const current = getSelection();
  if (!selected) {
    const drop = new Set(images.map((i) => i.guid));
    commit(current.guids.filter((g) => !drop.has(g)));
    return 0;
  }
  const added = images.map((i) => i.guid).filter((g) => !current.has(g));
  const room = Math.max(0, MAX_SELECTION - current.guids.length);
  commit([...current.guids, ...added.slice(0, room)]);
  return Math.max(0, added.length - room);
}

/**
 * A click on one checkbox: Shift extends from the last clicked image over the page's order,
 * to the state the clicked one takes.
 */
export function clickImage(image: ImageDetails, page: readonly ImageDetails[], shift: boolean) {
  const selected = !getSelection().has(image.guid);
  const from = anchor ? page.findIndex((i) => i.guid === anchor) : -1;
  const to = page.findIndex((i) => i.guid === image.guid);
  anchor = image.guid;
  if (!shift || from < 0 || to < 0) return setSelected([image], selected);
  const [start, end] = from < to ? [from, to] : [to, from];
  return setSelected(page.slice(start, end + 1), selected);
}

export function clearSelection(): void {
  anchor = null;
  commit([]);
}

/** Forget everything (tests). */
export function resetSelectionForTests(): void {
  snapshot = null;
  anchor = null;
  details.clear();
}

/** A saved text replaces the one remembered, so the next preview starts from it. */
export function rememberText(guid: string, text: { title: string; description: string }): void {
  const image = details.get(guid);
  if (image) details.set(guid, { ...image, ...text });
}
