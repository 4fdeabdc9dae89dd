import Link from "next/link";
import { Button } from "@/components/ui/button";
import { AlertIcon, XIcon } from "@/components/ui/icons";
import { formatBytes } from "@/lib/bytes";
import { RowPrintCheck } from "@/components/print/row-print-check";
import { unreadableMessage } from "./row-readiness";
import { previewSource } from "./row-preview-source";
import { RowStatusBadge } from "./row-status-badge";
import { RowThumb } from "./row-thumb";
import type { Row, RowErrors } from "./types";

/** The row's head: its picture, number and state, what is known of the file, and "Remove". */
export function RowSummary({
  row,
  number,
  legendId,
  errors,
  localPreview,
  held,
  locked,
  size,
  onRemove,
}: {
  row: Row;
  number: number;
  /** The id of the heading that names the row's group. */
  legendId: string;
  errors: RowErrors;
  localPreview: string | undefined;
  /** A draft whose image cannot be read: its message replaces the file line. */
  held: boolean;
  locked: boolean;
  /** The file size field as a number. */
  size: number;
  onRemove: (id: string) => void;
}) {
  const name =
    row.fields.title.trim() ||
    row.fields.file_name.trim() ||
    row.upload?.fileName ||
    `image ${number}`;
  return (
    <div className="flex items-start gap-3">
      <RowThumb src={previewSource(row, localPreview)} label={name} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={legendId} className="text-sm font-semibold text-slate-900 dark:text-white">
            Image {number}
          </h3>
          <RowStatusBadge row={row} />
        </div>
        {held ? (
          <p
            id={`${row.id}-unreadable`}
            className="mt-1 flex items-start gap-1.5 text-sm font-medium text-rose-700 dark:text-rose-300"
          >
            <AlertIcon className="mt-0.5 size-4" />
            {unreadableMessage(row)}
          </p>
        ) : (
          <p className="mt-0.5 truncate text-sm text-slate-600 dark:text-slate-400">
            {row.fields.file_name || row.upload?.fileName || "Enter or paste the image's URL"}
            {row.fields.pix_w && row.fields.pix_h && !errors.pix_w && !errors.pix_h
              ? ` · ${row.fields.pix_w} × ${row.fields.pix_h} px`
              : ""}
            {Number.isFinite(size) && size > 0 ? ` · ${formatBytes(size)}` : ""}
          </p>
        )}
        <RowPrintCheck pix_w={row.fields.pix_w} pix_h={row.fields.pix_h} />
        {row.status === "added" && row.guid ? (
          <Link
            href={`/images/${row.guid}`}
            className="text-sm font-medium text-brand-600 underline-offset-2 hover:underline dark:text-blue-300"
          >
            View image {number}
          </Link>
        ) : null}
      </div>
      {row.status !== "added" ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => onRemove(row.id)}
          disabled={locked}
          aria-label="Remove row"
          title={`Remove image ${number}`}
        >
          <XIcon />
          <span className="hidden sm:inline">Remove</span>
        </Button>
      ) : null}
    </div>
  );
}
