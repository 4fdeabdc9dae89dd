import { Button } from "@/components/ui/button";
import { CheckIcon, XIcon } from "@/components/ui/icons";
import { formatBytes } from "@/lib/bytes";
import type { RowUpload } from "./types";

/**
 * Where an uploaded row's file is, instead of an editable internal URL: the file's name, its
 * progress with "Cancel upload" while it travels, then a read-only "Stored".
 */
export function UploadedSource({ upload, onCancel }: { upload: RowUpload; onCancel: () => void }) {
  const percent = Math.round(upload.progress * 100);
  const moving = upload.state === "queued" || upload.state === "uploading";
  return (
    <div className="col-span-full flex min-w-0 flex-col gap-1">
      <span className="text-xs font-medium text-slate-600 dark:text-slate-400">File</span>
      <div className="flex min-h-10 flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-800/60">
        <span className="min-w-0 flex-1 truncate font-mono text-xs" title={upload.fileName}>
          {upload.fileName}
        </span>
        <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">
          {formatBytes(upload.size)}
        </span>
        {upload.state === "done" ? (
          <span className="inline-flex items-center gap-1 text-xs font-semibold text-emerald-700 dark:text-emerald-300">
            <CheckIcon className="size-4" />
            Stored
          </span>
        ) : null}
        {moving ? (
          <div className="flex basis-full items-center gap-3">
            <div
              role="progressbar"
              aria-label={`Uploading ${upload.fileName}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
            >
              <div
                className="h-full rounded-full bg-brand-600 transition-[width] duration-200"
                style={{ width: `${percent}%` }}
              />
            </div>
            <span className="w-10 text-right text-xs text-slate-600 tabular-nums dark:text-slate-400">
              {percent}%
            </span>
            <Button
              size="sm"
              variant="ghost"
              onClick={onCancel}
              aria-label={`Cancel upload of ${upload.fileName}`}
            >
              <XIcon />
              Cancel
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
