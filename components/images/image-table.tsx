"use client";

import { Fragment, type ReactNode } from "react";
import type { ImageDetails, LibraryName } from "@/lib/finerworks/schemas";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDate, formatDimensions, imageDisplayTitle, isoDay } from "./format";
import { formatBytes } from "@/lib/bytes";
import { ImageThumbnail } from "./image-thumbnail";
import { ImageTitle } from "./image-title";
import { PrintLine } from "@/components/print/print-line";
import { ProductsBadgeButton } from "./products-badge-button";
import { SortableHeader } from "./sortable-header";
import { EditButton } from "./editing/edit-button";
import { ImageDescription } from "./editing/image-description";
import { LazyImageTextEditor } from "./editing/lazy-image-text-editor";
import { SaveStatus } from "./editing/save-status";
import { useImageEditing } from "./editing/use-image-editing";
import { SelectCheckbox } from "@/components/bulk/select-checkbox";

interface ImageTableProps {
  images: readonly ImageDetails[];
  library: LibraryName;
  query: ImageQuery;
  onSort: (sort: ImageQuery["sort"]) => void;
  hrefFor: (guid: string) => string;
}

const COLUMNS = 10;

/** A column header that does not sort. */
function PlainHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th
      scope="col"
      className={cn("px-3 py-2.5 font-semibold text-slate-600 dark:text-slate-300", className)}
    >
      {children}
    </th>
  );
}

/** The list view: the same data as the cards, for people who scan text. */
export function ImageTable({ images, library, query, onSort, hrefFor }: ImageTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full min-w-[72rem] border-collapse text-left text-sm">
        <caption className="sr-only">
          Images, sorted by {query.sort.replace("_", " ")} (
          {query.dir === "asc" ? "ascending" : "descending"})
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs dark:border-slate-800 dark:bg-slate-800/50">
          <tr>
            <PlainHeader className="w-16 min-w-16">
              <span className="sr-only">Preview</span>
            </PlainHeader>
            <SortableHeader label="Title" sortKey="title" query={query} onSort={onSort} />
            <PlainHeader>Description</PlainHeader>
            <SortableHeader label="File name" sortKey="file_name" query={query} onSort={onSort} />
            <PlainHeader>Dimensions</PlainHeader>
            <SortableHeader
              label="Size"
              sortKey="file_size"
              query={query}
              onSort={onSort}
              className="text-right"
            />
            <SortableHeader label="Uploaded" sortKey="date_added" query={query} onSort={onSort} />
            <PlainHeader>Status</PlainHeader>
            <PlainHeader>Products</PlainHeader>
            <SortableHeader
              label="ID"
              sortKey="id"
              query={query}
              onSort={onSort}
              className="text-right"
            />
          </tr>
        </thead>
        <tbody>
          {images.map((image, i) => (
            <ImageRow
              key={image.guid}
              image={image}
              library={library}
              href={hrefFor(image.guid)}
              priority={i < 8}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ImageRowProps {
  image: ImageDetails;
  library: LibraryName;
  href: string;
  priority: boolean;
}

/** One image as a table row, with its editor as a full-width row below; its products open in a panel. */
function ImageRow({ image: cached, library, href, priority }: ImageRowProps) {
  const editing = useImageEditing(cached);
  const { image } = editing;
  const products = image.products ?? [];
  const { canEdit, editorOpen } = editing;
  return (
    <Fragment>
      <tr className="border-b border-slate-100 align-middle last:border-b-0 hover:bg-slate-50/70 dark:border-slate-800 dark:hover:bg-slate-800/40">
        <td className="px-3 py-2">
          <div className="flex items-center gap-2.5">
            <SelectCheckbox image={image} />
            <ImageThumbnail
              src={image.public_thumbnail_uri}
              alt={imageDisplayTitle(image)}
              width={image.pix_w}
              height={image.pix_h}
              priority={priority}
              variant="icon"
            />
          </div>
        </td>
        <td className="max-w-64 px-3 py-2">
          <div className="flex items-center gap-1">
            <ImageTitle
              image={image}
              href={href}
              as="span"
              className="block min-w-0 flex-1 truncate"
            />
            {canEdit && !editorOpen ? <EditButton field="title" editing={editing} /> : null}
          </div>
          <SaveStatus
            save={editing.save}
            draftPending={editing.draftPending}
            className="mt-0.5 block"
          />
        </td>
        <td className="w-80 max-w-80 px-3 py-2">
          <div className="flex items-center gap-1">
            {/* Two lines at most: the row stays one glance tall; the full text is in the editor and the image page. */}
            <ImageDescription
              text={image.description}
              className="line-clamp-2 min-w-0 flex-1 text-xs leading-4"
            />
            {canEdit && !editorOpen ? <EditButton field="description" editing={editing} /> : null}
          </div>
        </td>
        <td
          className="max-w-56 truncate px-3 py-2 font-mono text-xs text-slate-600 dark:text-slate-400"
          title={image.file_name ?? undefined}
        >
          {image.file_name ?? "—"}
        </td>
        <td className="px-3 py-2 whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400">
          {formatDimensions(image.pix_w, image.pix_h)}
          <PrintLine pix_w={image.pix_w} pix_h={image.pix_h} className="block text-xs" />
        </td>
        <td className="px-3 py-2 text-right whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400">
          {formatBytes(image.file_size)}
        </td>
        <td className="px-3 py-2 whitespace-nowrap text-slate-600 dark:text-slate-400">
          <time dateTime={isoDay(image.date_added)}>{formatDate(image.date_added)}</time>
        </td>
        <td className="px-3 py-2">
          {image.active ? (
            <Badge tone="success">Active</Badge>
          ) : (
            <Badge tone="warning">Inactive</Badge>
          )}
        </td>
        <td className="px-3 py-2 whitespace-nowrap">
          {products.length > 0 ? (
            <ProductsBadgeButton
              title={imageDisplayTitle(image)}
              products={products}
              pixels={image}
            />
          ) : (
            <span className="text-slate-500 dark:text-slate-400">
              {library === "inventory" ? "None" : "—"}
            </span>
          )}
        </td>
        <td className="px-3 py-2 text-right text-slate-600 tabular-nums dark:text-slate-400">
          {image.id}
        </td>
      </tr>
      {editorOpen ? (
        <tr className="border-b border-slate-100 bg-brand-50/40 dark:border-slate-800 dark:bg-slate-800/40">
          <td colSpan={COLUMNS} className="px-3 py-3">
            <LazyImageTextEditor
              image={image}
              library={library}
              session={editing.session!}
              className="max-w-2xl"
            />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
