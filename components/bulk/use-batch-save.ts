"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { PreviewRow } from "@/lib/bulk/preview";
import { rememberText } from "@/lib/bulk/selection";
import {
  saveBatch,
  type BatchProgress,
  type BatchRow,
  type RowOutcome,
} from "@/lib/queries/bulk-save";
import { showToast } from "@/components/ui/toast-store";
import { plural } from "@/components/images/format";
import { undoRows } from "./batch-rows";

/** An outcome, or the person chose their version after a conflict. */
export type ShownOutcome = RowOutcome | { status: "theirs" };

export interface BatchSaveState {
  saving: boolean;
  progress: BatchProgress | null;
  outcomes: ReadonlyMap<string, ShownOutcome>;
}

const count = (outcomes: ReadonlyMap<string, RowOutcome>, status: RowOutcome["status"]) =>
  [...outcomes.values()].filter((o) => o.status === status).length;

/** Undo for the whole batch, on the toast for 30 seconds. */
function announce(
  queryClient: QueryClient,
  rows: readonly PreviewRow[],
  outcomes: ReadonlyMap<string, RowOutcome>,
  removedProducts: number,
): void {
  const saved = count(outcomes, "saved");
  const notSaved = outcomes.size - saved;
  if (saved === 0) {
    showToast({ tone: "error", message: `${plural(notSaved, "change")} not saved.` });
    return;
  }
  const details = [
    notSaved > 0 ? `${notSaved} not saved: see the list.` : "",
    removedProducts > 0
      ? `${plural(removedProducts, "product")} removed by FinerWorks. Undo restores the text, not the products.`
      : "",
  ].filter(Boolean);
  showToast({
    tone: "success",
    message: `Saved ${plural(saved, "change")}.`,
    ...(details.length > 0 ? { detail: details.join(" ") } : {}),
    durationMs: 30_000,
    action: {
      label: "Undo",
      onAction: () => void undoBatch(queryClient, rows, outcomes),
    },
  });
}

async function undoBatch(
  queryClient: QueryClient,
  rows: readonly PreviewRow[],
  outcomes: ReadonlyMap<string, RowOutcome>,
): Promise<void> {
  const undo = undoRows(rows, outcomes);
  const result = await saveBatch(queryClient, undo);
  for (const [guid, outcome] of result)
    if (outcome.status === "saved") rememberText(guid, outcome.text);
  const restored = count(result, "saved");
  showToast(
    restored === undo.length
      ? { tone: "success", message: `Restored the previous text of ${plural(restored, "image")}.` }
      : {
          tone: "error",
          message: `Restored ${restored} of ${plural(undo.length, "image")}.`,
          detail: "The others were changed meanwhile or could not be saved; see Activity.",
        },
  );
}

/** Runs saves of preview rows and keeps every row's latest outcome. */
export function useBatchSave() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BatchSaveState>({
    saving: false,
    progress: null,
    outcomes: new Map(),
  });

  const save = useCallback(
    async (preview: readonly PreviewRow[], batch: readonly BatchRow[], removedProducts: number) => {
      setState((s) => ({ ...s, saving: true, progress: { sent: 0, total: batch.length } }));
      const outcomes = await saveBatch(queryClient, batch, (progress) =>
        setState((s) => ({ ...s, progress })),
      );
      for (const [guid, outcome] of outcomes)
        if (outcome.status === "saved") rememberText(guid, outcome.text);
      setState((s) => ({
        saving: false,
        progress: null,
        outcomes: new Map([...s.outcomes, ...outcomes]),
      }));
      const sent = new Set(batch.map((row) => row.guid));
      announce(
        queryClient,
        preview.filter((row) => sent.has(row.guid)),
        outcomes,
        removedProducts,
      );
      return outcomes;
    },
    [queryClient],
  );

  const takeTheirs = useCallback((guid: string) => {
    setState((s) => ({ ...s, outcomes: new Map(s.outcomes).set(guid, { status: "theirs" }) }));
  }, []);

  return { ...state, save, takeTheirs };
}
