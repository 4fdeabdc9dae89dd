"use client";

import Link from "next/link";
import type { ProductRow } from "@/lib/schemas/products";
import { SidePanel } from "@/components/ui/side-panel";
import { ImageThumbnail } from "@/components/ui/image-thumbnail";
import { formatDimensions } from "@/components/ui/format";
import { FlagChip } from "./flags";
import { formatPrintSize } from "./format";
import { ProductPanelDetails } from "./product-panel-details";

/** One product of the table with everything known about it, beside its image (details load on open). */
export function ProductPanel({ row, onClose }: { row: ProductRow; onClose: () => void }) {
  const { image } = row;
  return (
    <SidePanel title={row.name} onClose={onClose}>
      <div className="space-y-5">
        {row.flags.length > 0 ? (
          <ul aria-label="Flags" className="flex flex-wrap gap-1.5">
            {row.flags.map((flag) => (
              <li key={flag}>
                <FlagChip flag={flag} />
              </li>
            ))}
          </ul>
        ) : null}
        <figure className="space-y-2">
          <ImageThumbnail
            src={image.public_preview_uri ?? image.public_thumbnail_uri}
            alt={image.title || "Untitled image"}
            width={image.pix_w}
            height={image.pix_h}
            variant="natural"
            className="max-h-72 rounded-lg"
          />
          <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
            <Link
              href={`/images/${image.guid}`}
              className="font-medium text-brand-700 hover:underline dark:text-blue-300"
            >
              {image.title || "Untitled image"}
            </Link>
            <span className="text-slate-600 tabular-nums dark:text-slate-400">
              {formatDimensions(image.pix_w, image.pix_h)}
              {image.active ? "" : " · inactive"}
            </span>
          </figcaption>
        </figure>
        <dl className="grid grid-cols-3 gap-x-4 text-sm">
          <div>
            <dt className="text-xs text-slate-600 dark:text-slate-400">Type</dt>
            <dd>{row.type}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600 dark:text-slate-400">Print size</dt>
            <dd>{formatPrintSize(row.print_size)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600 dark:text-slate-400">Print resolution</dt>
            <dd className="tabular-nums">{row.dpi === null ? "—" : `${row.dpi} DPI`}</dd>
          </div>
        </dl>
        <ProductPanelDetails row={row} />
      </div>
    </SidePanel>
  );
}
