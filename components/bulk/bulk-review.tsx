"use client";

import { useCallback, useMemo, useState } from "react";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { isSavable, summarise, type PreviewRow } from "@/lib/bulk/preview";
import type { BatchRow } from "@/lib/queries/bulk-save";
import { Button } from "@/components/ui/button";
import { formatCount, imageDisplayTitle } from "@/components/ui/format";
import {
  RemoveProductsDialog,
  type ImageWithProducts,
} from "@/components/ui/remove-products-dialog";
import { batchRow, keepMineRow } from "./batch-rows";
import { BatchStatus } from "./batch-status";
import { countOutcomes } from "./outcomes";
import { PreviewList } from "./preview-list";
import { useBatchSave, type TextsWritten } from "./use-batch-save";

const productsOf = (image: ImageDetails | undefined, library: LibraryName) =>
  library === "inventory" ? (image?.products ?? []) : [];

/**
 * The preview of a batch and its save: include or leave out rows, one products warning, a
 * progress bar while the requests go out, then every row's outcome, "Retry failed", "Keep
 * mine"/"Take theirs" for conflicts, and Undo.
 */
export function BulkReview({
  rows,
  images,
  library,
  onTexts,
  onSend,
}: {
  rows: readonly PreviewRow[];
  images: ReadonlyMap<string, ImageDetails>;
  library: LibraryName;
  /** After each save or undo, with the texts FinerWorks now has. */
  onTexts?: TextsWritten;
  /** When a save starts: the rows under review must not change from here on. */
  onSend?: () => void;
}) {
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<readonly PreviewRow[] | null>(null);
  const batch = useBatchSave(onTexts);
  const { saving, outcomes, save, undo, takeTheirs } = batch;
  const summary = useMemo(() => summarise([...rows]), [rows]);
  const counts = useMemo(() => countOutcomes(outcomes.values()), [outcomes]);
  const byGuid = useMemo(() => new Map(rows.map((row) => [row.guid, row])), [rows]);
  const toSend = rows.filter(
    (row) => isSavable(row) && !excluded.has(row.guid) && !outcomes.has(row.guid),
  );
  const failed = rows.filter((row) => outcomes.get(row.guid)?.status === "failed");
  const hasProducts = useCallback(
    (guid: string) => productsOf(images.get(guid), library).length > 0,
    [images, library],
  );

  const labelOf = useCallback(
    (guid: string) => {
      const image = images.get(guid);
      return image ? imageDisplayTitle(image) : guid;
    },
    [images],
  );

  const run = useCallback(
    (send: readonly BatchRow[], skipped: readonly string[] = []) => {
      setConfirming(null);
      onSend?.();
      const removed = send.reduce(
        (n, row) => n + productsOf(images.get(row.guid), library).length,
        0,
      );
      void save(send, removed, skipped);
    },
    [images, library, onSend, save],
  );

  function startSave(chosen: readonly PreviewRow[]) {
    if (chosen.some((row) => hasProducts(row.guid))) setConfirming(chosen);
    else run(chosen.map(batchRow));
  }

  const onInclude = useCallback((guid: string, include: boolean) => {
    setExcluded((prev) => {
      const next = new Set(prev);
      if (include) next.delete(guid);
      else next.add(guid);
      return next;
    });
  }, []);
  const onKeepMine = useCallback(
    (guid: string) => {
      const row = byGuid.get(guid);
      const outcome = outcomes.get(guid);
      if (row && outcome?.status === "conflict") run([keepMineRow(row, outcome.current)]);
    },
    [byGuid, outcomes, run],
  );

  const confirmImages: ImageWithProducts[] = (confirming ?? []).flatMap((row) => {
    const products = productsOf(images.get(row.guid), library);
    return products.length > 0 ? [{ guid: row.guid, title: labelOf(row.guid), products }] : [];
  });

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <p className="border-b border-slate-200 px-4 py-2 text-sm text-slate-600 sm:px-5 dark:border-slate-800 dark:text-slate-400">
        <span className="font-medium text-slate-900 dark:text-slate-100">
          {formatCount(summary.changed)} {summary.changed === 1 ? "change" : "changes"}
        </span>
        {" · "}
        {formatCount(summary.unchanged)} unchanged
        {summary.invalid > 0 ? (
          <span className="font-medium text-red-700 dark:text-red-300">
            {" · "}
            {formatCount(summary.invalid)} left out (not valid)
          </span>
        ) : null}
      </p>
      <PreviewList
        rows={rows}
        labelOf={labelOf}
        excluded={excluded}
        outcomes={outcomes}
        pending={batch.pending}
        busy={saving}
        onInclude={onInclude}
        onKeepMine={onKeepMine}
        onTakeTheirs={takeTheirs}
      />
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 px-4 py-3 sm:px-5 dark:border-slate-800">
        <BatchStatus
          progress={batch.progress}
          undoing={batch.undoing}
          counts={counts}
          onUndo={() => void undo()}
        />
        {failed.length > 0 ? (
          <Button disabled={saving} onClick={() => startSave(failed)}>
            Retry failed
          </Button>
        ) : null}
        <Button
          variant="primary"
          disabled={saving || toSend.length === 0}
          onClick={() => startSave(toSend)}
        >
          Save {formatCount(toSend.length)} {toSend.length === 1 ? "change" : "changes"}
        </Button>
      </div>
      {confirming ? (
        <RemoveProductsDialog
          images={confirmImages}
          onConfirm={() => run(confirming.map(batchRow))}
          onSkip={() =>
            run(
              confirming.filter((row) => !hasProducts(row.guid)).map(batchRow),
              confirming.filter((row) => hasProducts(row.guid)).map((row) => row.guid),
            )
          }
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
