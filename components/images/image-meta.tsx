import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { Badge } from "@/components/ui/badge";
import {
  formatDate,
  formatDimensions,
  imageDisplayTitle,
  isoDay,
  plural,
} from "@/components/ui/format";
import { ProductsBadgeButton } from "./products-badge-button";
import { formatBytes } from "@/lib/bytes";
import { PrintLine } from "@/components/print/print-line";

/** The status and library badges of one image; with `productsButton`, "N products" opens them in a panel. */
export function ImageBadges({
  image,
  library,
  productsButton = false,
}: {
  image: ImageDetails;
  library: LibraryName;
  productsButton?: boolean;
}) {
  const productCount = image.products?.length ?? 0;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {!image.active ? <Badge tone="warning">Inactive</Badge> : null}
      <Badge tone="neutral" className="capitalize">
        {library}
      </Badge>
      {productsButton && productCount > 0 ? (
        <ProductsBadgeButton
          title={imageDisplayTitle(image)}
          products={image.products ?? []}
          pixels={image}
        />
      ) : library === "inventory" ? (
        <Badge tone={productCount > 0 ? "brand" : "neutral"}>
          {plural(productCount, "product")}
        </Badge>
      ) : null}
    </div>
  );
}

/** Dimensions, size and upload date in one quiet line. */
export function ImageFacts({ image }: { image: ImageDetails }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-400">
      <dt className="sr-only">Dimensions</dt>
      <dd className="col-span-2 tabular-nums">{formatDimensions(image.pix_w, image.pix_h)}</dd>
      <dt className="sr-only">Print size</dt>
      <dd className="col-span-2 empty:hidden">
        <PrintLine pix_w={image.pix_w} pix_h={image.pix_h} />
      </dd>
      <dt className="sr-only">File size</dt>
      <dd className="tabular-nums">{formatBytes(image.file_size)}</dd>
      <dt className="sr-only">Uploaded</dt>
      <dd className="text-right">
        <time dateTime={isoDay(image.date_added)}>{formatDate(image.date_added)}</time>
      </dd>
    </dl>
  );
}
