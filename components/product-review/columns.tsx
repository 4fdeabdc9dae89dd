"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { ProductRow } from "@/lib/schemas/products";
import { ImageThumbnail } from "@/components/ui/image-thumbnail";
import { formatMoney } from "@/components/ui/format";
import { cn } from "@/components/ui/cn";
import { FlagChip } from "./flags";
import { formatPct, formatPrintSize } from "./format";

const text = (value: string | null) => value ?? "—";

/** A row's thumbnail loads once the row has been on screen this long (see ImageThumbnail). */
const THUMBNAIL_SETTLE_MS = 150;

/** The table's columns; each id is also the API's sort key (except the thumbnail and flags). */
export const PRODUCT_COLUMNS: ColumnDef<ProductRow>[] = [
  {
    id: "thumbnail",
    header: () => <span className="sr-only">Preview</span>,
    meta: { label: "Preview" },
    size: 64,
    enableSorting: false,
    enableHiding: true,
    cell: ({ row }) => (
      <ImageThumbnail
        src={row.original.image.public_thumbnail_uri}
        alt={row.original.image.title || "Untitled image"}
        width={row.original.image.pix_w}
        height={row.original.image.pix_h}
        variant="icon"
        fetchPriority="low"
        loadAfterMs={THUMBNAIL_SETTLE_MS}
        className="size-10"
      />
    ),
  },
  {
    id: "image_title",
    // Sorting is the server's; an accessor is what makes TanStack offer it.
    accessorFn: (r) => r.image.title,
    header: "Image",
    size: 200,
    cell: ({ row }) => (
      <Link
        href={`/images/${row.original.image.guid}`}
        prefetch={false}
        className="font-medium text-brand-700 hover:underline dark:text-blue-300"
        title={row.original.image.title}
      >
        {row.original.image.title || "Untitled image"}
      </Link>
    ),
  },
  {
    id: "name",
    accessorFn: (r) => r.name,
    header: "Product",
    size: 170,
    cell: ({ row }) => row.original.name,
  },
  {
    id: "type",
    accessorFn: (r) => r.type,
    header: "Type",
    size: 140,
    cell: ({ row }) => row.original.type,
  },
  {
    id: "media",
    accessorFn: (r) => r.media,
    header: "Media",
    size: 180,
    cell: ({ row }) => text(row.original.media),
  },
  {
    id: "print_size",
    accessorFn: (r) => r.print_size?.width_in,
    header: "Print size",
    size: 100,
    cell: ({ row }) => formatPrintSize(row.original.print_size),
  },
  {
    id: "frame",
    accessorFn: (r) => r.frame,
    header: "Frame",
    size: 160,
    cell: ({ row }) => text(row.original.frame),
  },
  {
    id: "sku",
    accessorFn: (r) => r.sku,
    header: "SKU",
    size: 140,
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.sku}</span>,
  },
  {
    id: "product_code",
    accessorFn: (r) => r.product_code,
    header: "Product code",
    size: 180,
    cell: ({ row }) => <span className="font-mono text-xs">{text(row.original.product_code)}</span>,
  },
  {
    id: "quantity_in_stock",
    accessorFn: (r) => r.quantity_in_stock,
    header: "Quantity",
    size: 90,
    meta: { align: "right" },
    cell: ({ row }) => row.original.quantity_in_stock ?? "—",
  },
  {
    id: "per_item_price",
    accessorFn: (r) => r.per_item_price,
    header: "Cost",
    size: 100,
    meta: { align: "right" },
    cell: ({ row }) => formatMoney(row.original.per_item_price, row.original.monetary_format),
  },
  {
    id: "asking_price",
    accessorFn: (r) => r.asking_price,
    header: "Asking price",
    size: 120,
    meta: { align: "right" },
    cell: ({ row }) => formatMoney(row.original.asking_price, row.original.monetary_format),
  },
  {
    id: "margin",
    accessorFn: (r) => r.margin,
    header: "Margin",
    size: 150,
    meta: { align: "right" },
    cell: ({ row }) => {
      const { margin, margin_pct, monetary_format } = row.original;
      if (margin === null) return "—";
      return (
        <span className={cn(margin <= 0 && "font-semibold text-red-700 dark:text-red-300")}>
          {formatMoney(margin, monetary_format)}{" "}
          <span className="text-slate-600 dark:text-slate-400">{formatPct(margin_pct)}</span>
        </span>
      );
    },
  },
  {
    id: "dpi",
    accessorFn: (r) => r.dpi,
    header: "DPI",
    size: 80,
    meta: { align: "right" },
    cell: ({ row }) => row.original.dpi ?? "—",
  },
  {
    id: "flags",
    header: "Flags",
    size: 240,
    enableSorting: false,
    cell: ({ row }) => (
      <span className="flex gap-1 overflow-hidden">
        {row.original.flags.map((flag) => (
          <FlagChip key={flag} flag={flag} />
        ))}
      </span>
    ),
  },
];

/** A column's name for people (the column chooser). */
export function columnLabel(column: ColumnDef<ProductRow>): string {
  return column.meta?.label ?? (typeof column.header === "string" ? column.header : column.id!);
}
