"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImageText } from "@/lib/editing/drafts";
import { rememberText } from "@/lib/bulk/selection";
import {
  saveBatch,
  type BatchProgress,
  type BatchRow,
  type RowOutcome,
} from "@/lib/queries/bulk-save";
import { dismissToast, showToast } from "@/components/ui/toast-store";
import { plural } from "@/components/ui/format";
import { undoRows } from "./batch-rows";
import { countOutcomes, type ShownOutcome } from "./outcomes";

interface BatchSaveState {
  /** A save or an undo is under way. */
  saving: boolean;
  undoing: boolean;
  progress: BatchProgress | null;
  /** Rows sent and not answered yet. */
  pending: ReadonlySet<string>;
  outcomes: ReadonlyMap<string, ShownOutcome>;
}

/** What FinerWorks has now for the rows a save or an undo wrote. */
export type TextsWritten = (texts: ReadonlyMap<string, ImageText>, by: "save" | "undo") => void;

const savedTexts = (outcomes: ReadonlyMap<string, RowOutcome>) =>
  new Map(
    [...outcomes].flatMap(([guid, o]) => (o.status === "saved" ? [[guid, o.text] as const] : [])),
  );

function announceSave(
  outcomes: ReadonlyMap<string, RowOutcome>,
  skipped: number,
  removedProducts: number,
  undo: () => void,
): number | null {
  const { saved } = countOutcomes(outcomes.values());
  const notSaved = outcomes.size - saved;
  if (saved === 0) {
    if (notSaved > 0)
      showToast({ tone: "error", message: `${plural(notSaved, "change")} not saved.` });
    return null;
  }
  const details = [
    notSaved > 0 ? `${notSaved} not saved: see the list.` : "",
    skipped > 0 ? `${skipped} skipped (${skipped === 1 ? "has" : "have"} products).` : "",
    removedProducts > 0
      ? `${plural(removedProducts, "product")} removed by FinerWorks. Undo restores the text, not the products.`
      : "",
  ].filter(Boolean);
  return showToast({
    tone: "success",
    message: `Saved ${plural(saved, "change")}.`,
    ...(details.length > 0 ? { detail: details.join(" ") } : {}),
    durationMs: 30_000,
    action: { label: "Undo", onAction: undo },
  });
}

/**
 * Runs saves of batch rows and keeps every row's latest outcome, updated request by request.
 * Undo puts back what was saved: the panel's button every row it saved (and the toasts go), a
 * toast's (reachable once the panel is closed) the rows of its own save.
 */
export function useBatchSave(onTexts?: TextsWritten) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BatchSaveState>({
    saving: false,
    undoing: false,
    progress: null,
    pending: new Set(),
    outcomes: new Map(),
  });
  // The toast's Undo can outlive the panel: it reads these, not a render's state.
  const outcomesRef = useRef<ReadonlyMap<string, ShownOutcome>>(state.outcomes);
  const sentRef = useRef(new Map<string, BatchRow>());
  const toastsRef = useRef<number[]>([]);
  const onTextsRef = useRef(onTexts);
  useEffect(() => {
    onTextsRef.current = onTexts;
  }, [onTexts]);

  const setOutcomes = useCallback(
    (outcomes: ReadonlyMap<string, ShownOutcome>, rest: Partial<BatchSaveState> = {}) => {
      outcomesRef.current = new Map([...outcomesRef.current, ...outcomes]);
      const next = outcomesRef.current;
      setState((s) => ({ ...s, ...rest, outcomes: next }));
    },
    [],
  );

  const run = useCallback(
    async (rows: readonly BatchRow[], undoing: boolean) => {
      setState((s) => ({
        ...s,
        saving: true,
        undoing,
        progress: { sent: 0, total: rows.length },
        pending: new Set(rows.map((row) => row.guid)),
      }));
      const outcomes = await saveBatch(queryClient, rows, (progress, chunk) => {
        setOutcomes(chunk, { progress });
        setState((s) => ({
          ...s,
          pending: new Set([...s.pending].filter((guid) => !chunk.has(guid))),
        }));
      });
      for (const [guid, text] of savedTexts(outcomes)) rememberText(guid, text);
      setState((s) => ({
        ...s,
        saving: false,
        undoing: false,
        progress: null,
        pending: new Set(),
      }));
      return outcomes;
    },
    [queryClient, setOutcomes],
  );

  const undo = useCallback(
    async (guids?: readonly string[]) => {
      // The panel's Undo takes back everything it saved: no toast may offer it again.
      if (!guids) {
        toastsRef.current.forEach(dismissToast);
        toastsRef.current = [];
      }
      const sent = [...sentRef.current.values()].filter(
        (row) => !guids || guids.includes(row.guid),
      );
      const rows = undoRows(sent, outcomesRef.current);
      if (rows.length === 0) return;
      const result = await run(rows, true);
      const restored = savedTexts(result);
      setOutcomes(new Map([...restored.keys()].map((guid) => [guid, { status: "undone" }])));
      onTextsRef.current?.(restored, "undo");
      showToast(
        restored.size === rows.length
          ? {
              tone: "success",
              message: `Restored the previous text of ${plural(restored.size, "image")}.`,
            }
          : {
              tone: "error",
              message: `Restored ${restored.size} of ${plural(rows.length, "image")}.`,
              detail: "The others were changed meanwhile or could not be saved; see Activity.",
            },
      );
    },
    [run, setOutcomes],
  );

  /** Sends `rows`; `skipped` are left out on purpose (they have products) and marked so. */
  const save = useCallback(
    async (rows: readonly BatchRow[], removedProducts: number, skipped: readonly string[] = []) => {
      if (skipped.length > 0)
        setOutcomes(new Map(skipped.map((guid) => [guid, { status: "skipped" }])));
      if (rows.length === 0) return;
      for (const row of rows) sentRef.current.set(row.guid, row);
      const outcomes = await run(rows, false);
      onTextsRef.current?.(savedTexts(outcomes), "save");
      const guids = rows.map((row) => row.guid);
      const toast = announceSave(outcomes, skipped.length, removedProducts, () => void undo(guids));
      if (toast !== null) toastsRef.current.push(toast);
    },
    [run, setOutcomes, undo],
  );

  const takeTheirs = useCallback(
    (guid: string) => setOutcomes(new Map([[guid, { status: "theirs" }]])),
    [setOutcomes],
  );

  return { ...state, save, undo, takeTheirs };
}
