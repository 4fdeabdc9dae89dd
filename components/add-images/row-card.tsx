"use client";

import Link from "next/link";
import { memo, type Dispatch } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { AlertIcon, XIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import { formatBytes } from "@/lib/bytes";
import { RowField, RowInput, RowTextarea } from "./row-field";
import { unreadable, unreadableMessage } from "./row-readiness";
import { RowThumb } from "./row-thumb";
import { RowPrintCheck } from "@/components/print/row-print-check";
import { DuplicateWarning } from "@/components/duplicates/duplicate-warning";
import type { DuplicateMatch } from "@/lib/schemas/duplicates";
import { UploadedSource } from "./uploaded-source";
import { currentGenerated, isValidUrl } from "./payload";
import type { Action, FieldName, Row, RowErrors } from "./types";

const BROWSER_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The best small picture of the row known so far. */
function previewSource(row: Row, localPreview: string | undefined): string | undefined {
  const generated = currentGenerated(row);
  if (generated) return generated.public_thumbnail_uri;
  const thumbnail = row.fields.public_thumbnail_uri.trim();
  if (thumbnail && isValidUrl(thumbnail)) return thumbnail;
  if (localPreview) return localPreview;
  const url = row.fields.private_hires_uri.trim();
  if (
    row.probe.state === "done" &&
    row.probe.url === url &&
    BROWSER_TYPES.has(row.probe.contentType ?? "")
  )
    return url;
  return undefined;
}

function StatusLine({ row }: { row: Row }) {
  switch (row.status) {
    case "waiting":
      return <Badge>Waiting</Badge>;
    case "preparing":
      return (
        <Badge tone="brand">
          <Spinner className="size-3" /> Making thumbnails
        </Badge>
      );
    case "adding":
      return (
        <Badge tone="brand">
          <Spinner className="size-3" /> Adding
        </Badge>
      );
    case "added":
      return <Badge tone="success">Added</Badge>;
    case "failed":
      return <Badge tone="warning">Failed</Badge>;
    case "draft":
      if (row.upload?.state === "queued") return <Badge>Waiting to upload</Badge>;
      if (row.upload?.state === "uploading") return <Badge tone="brand">Uploading</Badge>;
      if (row.upload?.state === "error") return <Badge tone="warning">Upload failed</Badge>;
      if (row.probe.state === "probing")
        return (
          <Badge>
            <Spinner className="size-3" /> Reading details
          </Badge>
        );
      return null;
  }
}

interface RowCardProps {
  row: Row;
  index: number;
  errors: RowErrors;
  localPreview?: string;
  store: boolean;
  dispatch: Dispatch<Action>;
  onRemove: (id: string) => void;
  /** An image of the library this row may repeat ("Possibly already in the library"). */
  duplicate?: DuplicateMatch;
  onKeepDuplicate?: (id: string, guid: string) => void;
}

export const RowCard = memo(function RowCard({
  row,
  index,
  errors,
  localPreview,
  store,
  dispatch,
  onRemove,
  duplicate,
  onKeepDuplicate,
}: RowCardProps) {
  const number = index + 1;
  const name =
    row.fields.title.trim() ||
    row.fields.file_name.trim() ||
    row.upload?.fileName ||
    `image ${number}`;
  const locked =
    row.status === "added" ||
    row.status === "adding" ||
    row.status === "preparing" ||
    row.status === "waiting";
  const id = (field: FieldName) => `${row.id}-${field}`;
  const set = (field: FieldName) => (event: { target: { value: string } }) =>
    dispatch({ type: "set-field", id: row.id, field, value: event.target.value });
  const common = (field: FieldName, describedBy: string | undefined) => ({
    id: id(field),
    name: field,
    value: row.fields[field],
    onChange: set(field),
    disabled: locked,
    "aria-describedby": describedBy,
  });
  const generated = currentGenerated(row);
  const size = Number(row.fields.file_size);
  const legendId = `${row.id}-legend`;
  const held = row.status === "draft" && unreadable(row);

  return (
    <li>
      <div
        role="group"
        aria-labelledby={legendId}
        className={cn(
          "min-w-0 rounded-xl border bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900",
          held
            ? "border-2 border-rose-500 dark:border-rose-400"
            : row.status === "failed"
              ? "border-amber-300 dark:border-amber-500/50"
              : row.status === "added"
                ? "border-emerald-300 dark:border-emerald-500/40"
                : "border-slate-200 dark:border-slate-800",
        )}
      >
        <div className="flex items-start gap-3">
          <RowThumb src={previewSource(row, localPreview)} label={name} />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={legendId} className="text-sm font-semibold text-slate-900 dark:text-white">
                Image {number}
              </h3>
              <StatusLine row={row} />
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

        {duplicate && row.status !== "added" ? (
          <DuplicateWarning
            match={duplicate}
            onKeep={() => onKeepDuplicate?.(row.id, duplicate.guid)}
            onRemove={() => onRemove(row.id)}
            disabled={locked}
          />
        ) : null}
        {row.error && row.status === "failed" ? (
          <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-400/10 dark:text-amber-100">
            <span className="font-medium">Not added:</span> {row.error}
          </p>
        ) : null}
        {row.upload?.state === "error" ? (
          <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-400/10 dark:text-amber-100">
            <span className="font-medium">Upload of {row.upload.fileName} failed:</span>{" "}
            {row.upload.message}
          </p>
        ) : null}

        <div className="mt-4 grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-6 lg:grid-cols-12">
          {row.upload ? (
            <UploadedSource upload={row.upload} onCancel={() => onRemove(row.id)} />
          ) : (
            <RowField
              id={id("private_hires_uri")}
              label="Image URL"
              required
              error={errors.private_hires_uri}
              className="col-span-2 sm:col-span-6 lg:col-span-12"
            >
              {(describedBy, invalid) => (
                <RowInput
                  {...common(
                    "private_hires_uri",
                    [describedBy, held ? `${row.id}-unreadable` : undefined]
                      .filter(Boolean)
                      .join(" ") || undefined,
                  )}
                  type="url"
                  inputMode="url"
                  placeholder="https://…"
                  invalid={invalid || held}
                  aria-required="true"
                  spellCheck={false}
                />
              )}
            </RowField>
          )}
          <RowField
            id={id("title")}
            label="Title"
            error={errors.title}
            className="col-span-2 sm:col-span-3 lg:col-span-6"
          >
            {(describedBy, invalid) => (
              <RowInput {...common("title", describedBy)} invalid={invalid} />
            )}
          </RowField>
          <RowField
            id={id("file_name")}
            label="File name"
            required
            error={errors.file_name}
            className="col-span-2 sm:col-span-3 lg:col-span-6"
          >
            {(describedBy, invalid) => (
              <RowInput
                {...common("file_name", describedBy)}
                invalid={invalid}
                aria-required="true"
                spellCheck={false}
              />
            )}
          </RowField>
          <RowField
            id={id("description")}
            label="Description"
            error={errors.description}
            className="col-span-2 sm:col-span-6 lg:col-span-6"
          >
            {(describedBy, invalid) => (
              <RowTextarea {...common("description", describedBy)} rows={1} invalid={invalid} />
            )}
          </RowField>
          <RowField
            id={id("pix_w")}
            label="Width"
            error={errors.pix_w}
            hint="pixels"
            className="sm:col-span-2 lg:col-span-2"
          >
            {(describedBy, invalid) => (
              <RowInput {...common("pix_w", describedBy)} inputMode="numeric" invalid={invalid} />
            )}
          </RowField>
          <RowField
            id={id("pix_h")}
            label="Height"
            error={errors.pix_h}
            hint="pixels"
            className="sm:col-span-2 lg:col-span-2"
          >
            {(describedBy, invalid) => (
              <RowInput {...common("pix_h", describedBy)} inputMode="numeric" invalid={invalid} />
            )}
          </RowField>
          <RowField
            id={id("file_size")}
            label="File size"
            error={errors.file_size}
            hint={Number.isFinite(size) && size > 0 ? `bytes (${formatBytes(size)})` : "bytes"}
            className="col-span-2 sm:col-span-2 lg:col-span-2"
          >
            {(describedBy, invalid) => (
              <RowInput
                {...common("file_size", describedBy)}
                inputMode="numeric"
                invalid={invalid}
              />
            )}
          </RowField>
        </div>

        <details
          className="group mt-3"
          open={
            Boolean(
              row.fields.public_thumbnail_uri ||
              row.fields.public_preview_uri ||
              errors.public_thumbnail_uri ||
              errors.public_preview_uri,
            ) || undefined
          }
        >
          <summary className="cursor-pointer text-sm font-medium text-slate-700 select-none hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
            Thumbnail and preview URLs{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
          </summary>
          <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
            {generated
              ? "Left empty, the thumbnail and preview made from this image are used."
              : store
                ? "Left empty, a thumbnail (about 400 px) and a preview (about 1600 px) are made from the image when you add it."
                : "Left empty, the hi-res URL is used as thumbnail and preview: this server has no media store to make smaller copies."}
          </p>
          <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
            <RowField
              id={id("public_thumbnail_uri")}
              label="Thumbnail URL"
              error={errors.public_thumbnail_uri}
            >
              {(describedBy, invalid) => (
                <RowInput
                  {...common("public_thumbnail_uri", describedBy)}
                  type="url"
                  placeholder={generated ? "made automatically" : "https://…"}
                  invalid={invalid}
                  spellCheck={false}
                />
              )}
            </RowField>
            <RowField
              id={id("public_preview_uri")}
              label="Preview URL"
              error={errors.public_preview_uri}
            >
              {(describedBy, invalid) => (
                <RowInput
                  {...common("public_preview_uri", describedBy)}
                  type="url"
                  placeholder={generated ? "made automatically" : "https://…"}
                  invalid={invalid}
                  spellCheck={false}
                />
              )}
            </RowField>
          </div>
        </details>
      </div>
    </li>
  );
});
