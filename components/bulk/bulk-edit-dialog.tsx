"use client";

import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { compileOperation } from "@/lib/bulk/operations";
import { previewOperation, type PreviewRow } from "@/lib/bulk/preview";
import { Spinner } from "@/components/ui/spinner";
import { BulkReview } from "./bulk-review";
import { ModalPanel } from "./modal-panel";
import { INITIAL_DRAFT, OperationForm, toOperation, type OperationDraft } from "./operation-form";
import { useBulkSources } from "./use-bulk-sources";

const NO_ROWS: readonly PreviewRow[] = [];

function BulkEditor({ images, library }: { images: ImageDetails[]; library: LibraryName }) {
  const [draft, setDraft] = useState<OperationDraft>(INITIAL_DRAFT);
  const [locked, setLocked] = useState(false);
  const lock = useCallback(() => setLocked(true), []);
  // Typing stays responsive: the preview of 1,000 rows follows a moment behind the keys.
  const deferred = useDeferredValue(draft);
  const compiled = useMemo(() => compileOperation(toOperation(deferred)), [deferred]);
  const rows = useMemo(
    () => (compiled.ok ? previewOperation(images, compiled, deferred.field).rows : NO_ROWS),
    [compiled, deferred.field, images],
  );
  const byGuid = useMemo(() => new Map(images.map((image) => [image.guid, image])), [images]);
  const currentError = useMemo(() => {
    const now = compileOperation(toOperation(draft));
    return now.ok ? null : now.error;
  }, [draft]);

  return (
    // Which Find text the preview on screen answers: lets the bench time it.
    <div
      className="flex min-h-0 flex-1 flex-col"
      data-preview-find={deferred.kind === "find_replace" ? deferred.find : undefined}
    >
      <div className="border-b border-slate-200 px-4 py-4 sm:px-5 dark:border-slate-800">
        <OperationForm draft={draft} onChange={setDraft} error={currentError} disabled={locked} />
        {/* One line either way, so the preview below does not move when saving starts. */}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          {locked
            ? "Saving locks this edit. Close the panel to start another."
            : "Nothing is sent until you save."}
        </p>
      </div>
      <BulkReview rows={rows} images={byGuid} library={library} onSend={lock} />
    </div>
  );
}

/** "Bulk edit": an operation on the selected images, previewed row by row, then saved. */
export function BulkEditDialog({
  guids,
  library,
  onClose,
}: {
  guids: readonly string[];
  library: LibraryName;
  onClose: () => void;
}) {
  const sources = useBulkSources(guids, library);
  return (
    <ModalPanel
      title={`Bulk edit ${guids.length} ${guids.length === 1 ? "image" : "images"}`}
      onClose={onClose}
    >
      {sources.status === "loading" ? (
        <p role="status" className="flex items-center gap-2 p-5 text-sm">
          <Spinner /> Reading the selected images…
        </p>
      ) : sources.status === "error" ? (
        <p role="alert" className="p-5 text-sm text-red-700 dark:text-red-300">
          {sources.message}
        </p>
      ) : (
        <BulkEditor images={sources.images} library={library} />
      )}
    </ModalPanel>
  );
}
