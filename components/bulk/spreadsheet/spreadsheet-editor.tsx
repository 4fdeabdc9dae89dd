"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { imageText } from "@/lib/editing/open-session";
import type { ImageText } from "@/lib/editing/drafts";
import { previewRow } from "@/lib/bulk/preview";
import {
  changeCount,
  editedText,
  initialSheet,
  sheetReducer,
  type SheetAction,
  type SheetEdits,
  type SheetRow,
} from "@/lib/bulk/sheet";
import { loadSheetDrafts, saveSheetDrafts } from "@/lib/bulk/sheet-drafts";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { formatCount } from "@/components/ui/format";
import { BulkReview } from "../bulk-review";
import { ModalPanel } from "../modal-panel";
import { useBulkSources } from "../use-bulk-sources";
import type { TextsWritten } from "../use-batch-save";
import { useSelection } from "../use-selection";
import { SpreadsheetGrid } from "./spreadsheet-grid";

const NONE: readonly string[] = [];

function Sheet({
  images,
  library,
  caption,
  onClose,
}: {
  images: readonly ImageDetails[];
  library: LibraryName;
  caption: string;
  onClose: () => void;
}) {
  // Cells left unsaved earlier come back, with the text they started from.
  const [stored] = useState(loadSheetDrafts);
  const [saved, setSaved] = useState<Readonly<Record<string, ImageText>>>({});
  const rows = useMemo<SheetRow[]>(
    () =>
      images.map((image) => ({
        guid: image.guid,
        base: saved[image.guid] ?? stored[image.guid]?.base ?? imageText(image),
      })),
    [images, saved, stored],
  );
  const [state, setState] = useState(() =>
    initialSheet(
      Object.fromEntries(
        images.flatMap((i) => (stored[i.guid] ? [[i.guid, stored[i.guid]!.edits]] : [])),
      ) as SheetEdits,
    ),
  );
  const [reviewing, setReviewing] = useState(false);
  const dispatch = useCallback(
    (action: SheetAction) => setState((s) => sheetReducer(s, action, rows)),
    [rows],
  );
  useEffect(() => saveSheetDrafts(rows, state.edits), [rows, state.edits]);

  const byGuid = useMemo(() => new Map(images.map((i) => [i.guid, i])), [images]);
  const changes = changeCount(state.edits);
  const review = useMemo(
    () =>
      reviewing
        ? rows
            .filter((row) => state.edits[row.guid])
            .map((row) => previewRow(row.guid, row.base, editedText(row, state.edits)))
        : [],
    // The rows under review stay as they were opened while their outcomes come in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reviewing],
  );
  // What FinerWorks has now is each row's new base; saved rows' edits are done.
  const onTexts = useCallback<TextsWritten>(
    (texts, by) => {
      setSaved((prev) => ({ ...prev, ...Object.fromEntries(texts) }));
      if (by === "save") dispatch({ type: "saved", guids: [...texts.keys()] });
    },
    [dispatch],
  );

  return (
    <div className="space-y-3">
      <div
        role="region"
        aria-label="Spreadsheet changes"
        className="sticky top-2 z-20 flex flex-wrap items-center gap-2 rounded-xl border border-slate-300 bg-white/95 px-3 py-2 shadow-sm backdrop-blur dark:border-slate-700 dark:bg-slate-900/95"
      >
        <p className="px-1 text-sm font-medium tabular-nums" aria-live="polite">
          {formatCount(changes)} {changes === 1 ? "change" : "changes"}
        </p>
        <Button
          size="sm"
          variant="primary"
          disabled={changes === 0}
          onClick={() => setReviewing(true)}
        >
          Review and save
        </Button>
        <Button size="sm" disabled={changes === 0} onClick={() => dispatch({ type: "discard" })}>
          Discard
        </Button>
        <p className="hidden text-xs text-slate-600 lg:block dark:text-slate-400">
          Arrows and Tab move · Enter or typing edits · Esc reverts · Ctrl+Z undoes
        </p>
        <Button size="sm" variant="ghost" className="ml-auto" onClick={onClose}>
          Close spreadsheet
        </Button>
      </div>
      <SpreadsheetGrid
        rows={rows}
        images={byGuid}
        state={state}
        dispatch={dispatch}
        caption={caption}
      />
      {reviewing ? (
        <ModalPanel title="Review changes" onClose={() => setReviewing(false)}>
          <BulkReview rows={review} images={byGuid} library={library} onTexts={onTexts} />
        </ModalPanel>
      ) : null}
    </div>
  );
}

/**
 * "Edit as spreadsheet": the selected images (or, with none selected, the page's) as a grid
 * of Title and Description cells, saved through the same preview as a bulk edit.
 */
export function SpreadsheetEditor({
  pageImages,
  library,
  onClose,
}: {
  pageImages: readonly ImageDetails[];
  library: LibraryName;
  onClose: () => void;
}) {
  const selection = useSelection();
  const selected = selection.guids.length > 0;
  const [guids] = useState(() => (selected ? selection.guids : NONE));
  const sources = useBulkSources(guids, library);
  if (selected && sources.status === "loading")
    return (
      <p role="status" className="flex items-center gap-2 p-5 text-sm">
        <Spinner /> Reading the selected images…
      </p>
    );
  if (sources.status === "error")
    return (
      <p role="alert" className="p-5 text-sm text-red-700 dark:text-red-300">
        {sources.message}
      </p>
    );
  const images = guids.length > 0 && sources.status === "ready" ? sources.images : pageImages;
  const caption =
    guids.length > 0
      ? `Spreadsheet of the ${formatCount(images.length)} selected images`
      : `Spreadsheet of the ${formatCount(images.length)} images on this page`;
  return <Sheet images={images} library={library} caption={caption} onClose={onClose} />;
}
