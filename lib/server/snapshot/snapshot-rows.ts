import "server-only";
// One page of list_images as snapshot rows: the image, and each product with its print size,
// DPI, margin and flags worked out once here, so the table filters and sorts in SQL.
import type { ImageDetails, ProductDetails } from "@/lib/schemas/finerworks";
import { productDpi, productPrintSize } from "@/lib/print";
import { GOOD_RESOLUTION_DPI, LOW_RESOLUTION_DPI } from "@/lib/schemas/products";
import type {
  NewSnapshotImage,
  NewSnapshotProduct,
  NewSnapshotProductDetail,
} from "@/lib/server/db/product-tables";
import { sanitizeProduct } from "@/lib/server/sanitize/sanitize";
import { triageColumns } from "@/lib/server/snapshot/triage-columns";

const cents = (amount: number) => Math.round(amount * 100);
const bit = (value: boolean) => (value ? 1 : 0);

function label(product: ProductDetails, key: string): string | null {
  const found = product.labels?.find((l) => l.key.toLowerCase() === key && l.value);
  return found?.value ?? null;
}

function margins(costCents: number, askingCents: number | null) {
  if (askingCents === null || askingCents <= 0)
    return { margin_cents: null, margin_pct: null, loss: false };
  const margin = askingCents - costCents;
  return {
    margin_cents: margin,
    margin_pct: Math.round((margin / askingCents) * 1000) / 10,
    loss: margin <= 0,
  };
}

function productRow(
  scanId: string,
  image: ImageDetails,
  product: ProductDetails,
  position: number,
  thinMarginPercent: number,
): { product: NewSnapshotProduct; detail: NewSnapshotProductDetail } {
  const size = productPrintSize(product);
  const dpi = productDpi(image.pix_w, image.pix_h, size);
  const costCents = cents(product.per_item_price);
  const askingCents = product.asking_price === null ? null : cents(product.asking_price);
  const { margin_cents, margin_pct, loss } = margins(costCents, askingCents);
  const labels = [...(product.labels ?? [])].sort((a, b) => b.priority - a.priority);
  const urls = [
    product.image_url_1,
    product.image_url_2,
    product.image_url_3,
    product.image_url_4,
    product.image_url_5,
  ].filter((u): u is string => Boolean(u));
  const type = label(product, "type") ?? product.name;
  const id = `${image.guid}:${position}`;
  const row: NewSnapshotProduct = {
    scan_id: scanId,
    id,
    image_guid: image.guid,
    position,
    image_title: image.title,
    search_text: [image.title, product.sku, product.product_code ?? "", product.name]
      .join("\n")
      .toLowerCase(),
    sku: product.sku,
    product_code: product.product_code,
    product_guid: product.product_guid,
    name: product.name,
    type,
    media: label(product, "media"),
    frame: label(product, "frame"),
    print_width_in: size?.width_in ?? null,
    print_height_in: size?.height_in ?? null,
    print_area: size ? Math.round(size.width_in * size.height_in * 100) / 100 : null,
    dpi,
    quantity_in_stock: product.quantity_in_stock,
    cost_cents: costCents,
    asking_cents: askingCents !== null && askingCents > 0 ? askingCents : null,
    margin_cents,
    margin_pct,
    flag_loss: bit(loss),
    flag_thin_margin: bit(margin_pct !== null && !loss && margin_pct < thinMarginPercent),
    flag_no_asking_price: bit(askingCents === null || askingCents <= 0),
    flag_low_resolution: bit(dpi !== null && dpi < LOW_RESOLUTION_DPI),
    flag_below_300_dpi: bit(dpi !== null && dpi >= LOW_RESOLUTION_DPI && dpi < GOOD_RESOLUTION_DPI),
    flag_inactive_image: bit(!image.active),
    // Set over the whole snapshot once the scan is complete (see markDuplicateSkus).
    flag_duplicate_sku: 0,
  };
  const detail: NewSnapshotProductDetail = {
    scan_id: scanId,
    id,
    image_guid: image.guid,
    monetary_format: product.monetary_format,
    description_short: product.description_short,
    description_long: product.description_long,
    labels: JSON.stringify(labels),
    image_urls: JSON.stringify(urls),
    third_party_integrations:
      product.third_party_integrations === null || product.third_party_integrations === undefined
        ? null
        : JSON.stringify(product.third_party_integrations),
  };
  return { product: row, detail };
}

export function imageRow(scanId: string, library: string, image: ImageDetails): NewSnapshotImage {
  return {
    scan_id: scanId,
    guid: image.guid,
    fw_id: image.id,
    library,
    title: image.title,
    description: image.description,
    file_name: image.file_name,
    file_size: image.file_size,
    pix_w: image.pix_w,
    pix_h: image.pix_h,
    active: bit(image.active),
    date_added: image.date_added,
    public_thumbnail_uri: image.public_thumbnail_uri,
    public_preview_uri: image.public_preview_uri,
    products_count: image.products?.length ?? 0,
    ...triageColumns(image),
  };
}

/**
 * Snapshot rows for a page of images as FinerWorks sent them. The images' URIs are kept as
 * FinerWorks holds them (the duplicate check compares them with the URLs people add; readers
 * make them browser URLs); the products' HTML is sanitised here.
 */
export function snapshotRows(
  scanId: string,
  library: string,
  images: readonly ImageDetails[],
  thinMarginPercent: number,
): {
  images: NewSnapshotImage[];
  products: NewSnapshotProduct[];
  details: NewSnapshotProductDetail[];
} {
  const safe = images.map((image) => ({
    ...image,
    products: image.products?.map(sanitizeProduct) ?? null,
  }));
  const rows = safe.flatMap((image) =>
    (image.products ?? []).map((product, position) =>
      productRow(scanId, image, product, position, thinMarginPercent),
    ),
  );
  return {
    images: safe.map((image) => imageRow(scanId, library, image)),
    products: rows.map((r) => r.product),
    details: rows.map((r) => r.detail),
  };
}
