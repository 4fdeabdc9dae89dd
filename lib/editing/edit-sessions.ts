// One edit session per image, outside React: whether its editor is open and with what draft, so
// an open editor survives a grid/list switch and a failed save can reopen it. Saves themselves
// (in flight, saved) live in the mutation cache (lib/queries/save-image-texts.ts).
import { useSyncExternalStore } from "react";
import type { ImageText } from "./drafts";

export type EditField = "title" | "description";

export type EditPhase =
  | "editing" // the editor is open
  | "confirming" // the editor waits on "Save and remove products"
  | "failed" // open again with the draft, the error and Retry
  | "conflict"; // open again with both versions

export interface EditFailure {
  message: string;
  referenceId?: string;
}

export interface EditSession {
  phase: EditPhase;
  focus: EditField;
  text: ImageText;
  /** The text the edit started from, sent as `expected`. */
  base: ImageText;
  /** When the draft was restored from storage (shown so the person knows where it came from). */
  restoredAt?: number;
  error?: EditFailure;
  /** What FinerWorks has now, after a 409. */
  current?: ImageText;
  /** The person already agreed to remove this image's products for this draft. */
  confirmedRemoval?: boolean;
}

const OPEN_PHASES: ReadonlySet<EditPhase> = new Set([
  "editing",
  "confirming",
  "failed",
  "conflict",
]);

export const isEditorOpen = (session: EditSession | undefined): session is EditSession =>
  session !== undefined && OPEN_PHASES.has(session.phase);

const sessions = new Map<string, EditSession>();
const listeners = new Map<string, Set<() => void>>();
const pendingFocus = new Map<string, EditField>();

// Guids arrive lower case (parsed where they enter), so they are the keys as they are.
const keyOf = (guid: string) => guid;

export function getEditSession(guid: string): EditSession | undefined {
  return sessions.get(keyOf(guid));
}

export function setEditSession(guid: string, session: EditSession | undefined): void {
  const key = keyOf(guid);
  if (session) sessions.set(key, session);
  else sessions.delete(key);
  listeners.get(key)?.forEach((listener) => listener());
}

export function updateEditSession(
  guid: string,
  change: (session: EditSession) => EditSession,
): void {
  const session = getEditSession(guid);
  if (session) setEditSession(guid, change(session));
}

export function subscribeEditSession(guid: string, listener: () => void): () => void {
  const key = keyOf(guid);
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
  };
}

const none = () => undefined;

/** The image's edit session, re-rendering when it changes (none during server rendering). */
export function useEditSession(guid: string): EditSession | undefined {
  return useSyncExternalStore(
    (listener) => subscribeEditSession(guid, listener),
    () => getEditSession(guid),
    none,
  );
}

/** Asks the image's "Edit <field>" button to take focus when it next mounts (the editor closed). */
export function requestEditButtonFocus(guid: string, field: EditField): void {
  pendingFocus.set(keyOf(guid), field);
}

export function takeEditButtonFocus(guid: string, field: EditField): boolean {
  const key = keyOf(guid);
  if (pendingFocus.get(key) !== field) return false;
  pendingFocus.delete(key);
  return true;
}
