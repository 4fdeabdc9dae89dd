"use client";

import { useEffect, useRef, useState } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { MAX_SELECTION, rememberImages, setSelected } from "@/lib/bulk/selection";
import type { Progress } from "@/lib/queries/bulk-images";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { Button } from "@/components/ui/button";
import { showToast } from "@/components/ui/toast-store";
import { formatCount } from "@/components/ui/format";
import { useSelection } from "./use-selection";

/** "Select all on this page" and "Select all N matching" (the whole filtered library, up to 1,000). */
export function BulkSelectActions({
  images,
  query,
  count,
  onSpreadsheet,
}: {
  images: readonly ImageDetails[];
  query: ImageQuery;
  count: number;
  /** Shown in the list view: opens spreadsheet mode. */
  onSpreadsheet?: () => void;
}) {
  const selection = useSelection();
  const [progress, setProgress] = useState<Progress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const allOnPage = images.length > 0 && images.every((image) => selection.has(image.guid));
  const matching = Math.min(count, MAX_SELECTION);
  // The freshest text of every image seen, for the preview of a selection made earlier.
  useEffect(() => rememberImages(images), [images]);

  async function selectAllMatching() {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: matching });
    try {
      // The paged reader loads on the first press: most visits never select every match.
      const { fetchAllMatching } = await import("@/lib/queries/bulk-images");
      const all = await fetchAllMatching(query, MAX_SELECTION, setProgress, controller.signal);
      const left = setSelected(all, true);
      if (left > 0)
        showToast({
          tone: "info",
          message: `A selection holds at most ${formatCount(MAX_SELECTION)} images: ${formatCount(left)} were not added.`,
        });
    } catch (error) {
      if (!controller.signal.aborted)
        showToast({
          tone: "error",
          message: "Could not select every matching image.",
          detail: error instanceof ApiRequestError ? error.message : undefined,
        });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" disabled={allOnPage} onClick={() => setSelected(images, true)}>
        Select all on this page
      </Button>
      {count > images.length ? (
        progress ? (
          <span className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <label htmlFor="select-matching-progress">
              Selecting {formatCount(progress.done)} of {formatCount(progress.total)}…
            </label>
            <progress
              id="select-matching-progress"
              max={progress.total}
              value={progress.done}
              className="h-2 w-28 accent-brand-600"
            />
            <Button size="sm" variant="ghost" onClick={() => abort.current?.abort()}>
              Stop
            </Button>
          </span>
        ) : (
          <Button size="sm" onClick={() => void selectAllMatching()}>
            {count > MAX_SELECTION
              ? `Select the first ${formatCount(matching)} of ${formatCount(count)} matching`
              : `Select all ${formatCount(count)} matching`}
          </Button>
        )
      ) : null}
      {onSpreadsheet ? (
        <Button size="sm" className="sm:ml-auto" onClick={onSpreadsheet}>
          Edit as spreadsheet
        </Button>
      ) : null}
    </div>
  );
}
