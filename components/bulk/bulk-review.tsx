"use client";

import { useCallback, useMemo, useState } from "react";
import type { ImageDetails, LibraryName } from "@/lib/finerworks/schemas";
import { isSavable, summarise, type PreviewRow } from "@/lib/bulk/preview";
import { Button } from "@/components/ui/button";
import { formatCount, imageDisplayTitle } from "@/components/images/format";
import { batchRow, keepMineRow } from "./batch-rows";
import { PreviewList } from "./preview-list";
import { ProductsConfirmDialog, type ImageWithProducts } from "./products-confirm-dialog";
import { useBatchSave } from "./use-batch-save";

const productsOf = (image: ImageDetails | undefined, library: LibraryName) =>
  library === "inventory" ? (image?.products ?? []) : [];

/**
 * The preview of a batch and its save: include or leave out rows, one products warning, a
 * progress bar while the requests go out, then every row's outcome, "Retry failed", and
 * "Keep mine"/"Take theirs" for conflicts.
 */
export function BulkReview({
  rows,
  images,
  library,
  onSaved,
}: {
  rows: readonly PreviewRow[];
  images: ReadonlyMap<string, ImageDetails>;
  library: LibraryName;
  /** After each save, with the guids FinerWorks now has. */
  onSaved?: (saved: readonly string[]) => void;
}) {
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<readonly PreviewRow[] | null>(null);
  const { saving, progress, outcomes, save, takeTheirs } = useBatchSave();
  const summary = useMemo(() => summarise([...rows]), [rows]);
  const byGuid = useMemo(() => new Map(rows.map((row) => [row.guid, row])), [rows]);
  const toSend = rows.filter(
    (row) => isSavable(row) && !excluded.has(row.guid) && !outcomes.has(row.guid),
  );
  const failed = rows.filter((row) => outcomes.get(row.guid)?.status === "failed");

  const labelOf = useCallback(
    (guid: string) => {
      const image = images.get(guid);
      return image ? imageDisplayTitle(image) : guid;
    },
    [images],
  );

  const run = useCallback(
    async (batch: readonly PreviewRow[], sendRows = batch.map(batchRow)) => {
      setConfirming(null);
      if (sendRows.length === 0) return;
      const removed = batch.reduce(
        (n, row) => n + productsOf(images.get(row.guid), library).length,
        0,
      );
      const result = await save(rows, sendRows, removed);
      onSaved?.([...result].filter(([, o]) => o.status === "saved").map(([guid]) => guid));
    },
    [images, library, onSaved, rows, save],
  );

  function startSave(batch: readonly PreviewRow[]) {
    const withProducts = batch.some((row) => productsOf(images.get(row.guid), library).length > 0);
    if (withProducts) setConfirming(batch);
    else void run(batch);
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
      if (row && outcome?.status === "conflict")
        void run([row], [keepMineRow(row, outcome.current)]);
    },
    [byGuid, outcomes, run],
  );

  const confirmImages: ImageWithProducts[] = (confirming ?? []).flatMap((row) => {
    const products = productsOf(images.get(row.guid), library);
    return products.length > 0 ? [{ guid: row.guid, title: labelOf(row.guid), products }] : [];
  });

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 sm:px-5 dark:border-slate-800">
        <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
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
        {progress ? (
          <span className="flex items-center gap-2 text-sm">
            <label htmlFor="bulk-save-progress">
              Saving {formatCount(progress.sent)} of {formatCount(progress.total)}…
            </label>
            <progress
              id="bulk-save-progress"
              max={progress.total}
              value={progress.sent}
              className="h-2 w-32 accent-brand-600"
            />
          </span>
        ) : null}
      </div>
      <PreviewList
        rows={rows}
        labelOf={labelOf}
        excluded={excluded}
        outcomes={outcomes}
        busy={saving}
        onInclude={onInclude}
        onKeepMine={onKeepMine}
        onTakeTheirs={takeTheirs}
      />
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 px-4 py-3 sm:px-5 dark:border-slate-800">
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
        <ProductsConfirmDialog
          images={confirmImages}
          onSaveAll={() => void run(confirming)}
          onSkip={() =>
            void run(
              confirming.filter((row) => productsOf(images.get(row.guid), library).length === 0),
            )
          }
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
