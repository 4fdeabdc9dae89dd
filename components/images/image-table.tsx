"use client";

import { Fragment, type ReactNode } from "react";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDate, formatDimensions, imageDisplayTitle, isoDay } from "@/components/ui/format";
import { formatBytes } from "@/lib/bytes";
import { ImageThumbnail } from "@/components/ui/image-thumbnail";
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
  /** The library has a snapshot, so the list can sort by product count. */
  productsSortable: boolean;
}

const COLUMNS = 10;
/** On a phone the list keeps preview, title, size and date: no sideways scrolling. */
const WIDE = "hidden md:table-cell";

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
export function ImageTable({
  images,
  library,
  query,
  onSort,
  hrefFor,
  productsSortable,
}: ImageTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full border-collapse text-left text-sm md:min-w-[72rem]">
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
            <PlainHeader className={WIDE}>Description</PlainHeader>
            <SortableHeader
              label="File name"
              sortKey="file_name"
              query={query}
              onSort={onSort}
              className={WIDE}
            />
            <PlainHeader className={WIDE}>Dimensions</PlainHeader>
            <SortableHeader
              label="Size"
              sortKey="file_size"
              query={query}
              onSort={onSort}
              className="text-right"
            />
            <SortableHeader label="Uploaded" sortKey="date_added" query={query} onSort={onSort} />
            <PlainHeader className={WIDE}>Status</PlainHeader>
            {productsSortable ? (
              <SortableHeader
                label="Products"
                sortKey="products"
                query={query}
                onSort={onSort}
                className={WIDE}
              />
            ) : (
              <PlainHeader className={WIDE}>Products</PlainHeader>
            )}
            <SortableHeader
              label="ID"
              sortKey="id"
              query={query}
              onSort={onSort}
              className={cn("text-right", WIDE)}
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
        <td className="py-2 pr-1 pl-3 md:px-3">
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
        <td className="w-full max-w-0 px-2 py-2 md:w-auto md:max-w-64 md:px-3">
          <div className="flex items-center gap-1">
            <ImageTitle
              image={image}
              href={href}
              as="span"
              className="line-clamp-2 min-w-0 flex-1 break-words md:line-clamp-none md:block md:truncate"
            />
            {canEdit && !editorOpen ? <EditButton field="title" editing={editing} /> : null}
          </div>
          <SaveStatus
            save={editing.save}
            draftPending={editing.draftPending}
            className="mt-0.5 block"
          />
        </td>
        <td className={cn("w-80 max-w-80 px-3 py-2", WIDE)}>
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
          className={cn(
            "max-w-56 truncate px-3 py-2 font-mono text-xs text-slate-600 dark:text-slate-400",
            WIDE,
          )}
          title={image.file_name ?? undefined}
        >
          {image.file_name ?? "—"}
        </td>
        <td
          className={cn(
            "px-3 py-2 whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400",
            WIDE,
          )}
        >
          {formatDimensions(image.pix_w, image.pix_h)}
          <PrintLine pix_w={image.pix_w} pix_h={image.pix_h} className="block text-xs" />
        </td>
        <td className="px-2 py-2 text-right text-xs whitespace-nowrap text-slate-600 tabular-nums md:px-3 md:text-sm dark:text-slate-400">
          {formatBytes(image.file_size)}
        </td>
        <td className="py-2 pr-3 pl-2 text-xs whitespace-nowrap text-slate-600 md:px-3 md:text-sm dark:text-slate-400">
          <time dateTime={isoDay(image.date_added)}>{formatDate(image.date_added)}</time>
        </td>
        <td className={cn("px-3 py-2", WIDE)}>
          {image.active ? (
            <Badge tone="success">Active</Badge>
          ) : (
            <Badge tone="warning">Inactive</Badge>
          )}
        </td>
        <td className={cn("px-3 py-2 whitespace-nowrap", WIDE)}>
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
        <td
          className={cn(
            "px-3 py-2 text-right text-slate-600 tabular-nums dark:text-slate-400",
            WIDE,
          )}
        >
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
