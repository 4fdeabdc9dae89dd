// Stored rows -> FinerWorks wire objects (image_details, product_details).
import type { ProductDetails, WireImageDetails } from "@/lib/schemas/finerworks";
import { toWireDate } from "./dates";
import { MEDIA_PREFIX, type ImageRow, type StoredProduct } from "./records";

/** Emulator-hosted media are stored origin-less, so a port change never breaks old rows. */
export function absoluteUri(uri: string | null, mediaOrigin: string): string | null {
  return uri !== null && uri.startsWith(MEDIA_PREFIX) ? `${mediaOrigin}${uri}` : uri;
}

export function toProductDetails(
  product: StoredProduct,
  image: ImageRow,
  mediaOrigin: string,
): ProductDetails {
  return {
    ...product,
    image_url_1: absoluteUri(product.image_url_1, mediaOrigin),
    image_url_2: absoluteUri(product.image_url_2, mediaOrigin),
    image_url_3: absoluteUri(product.image_url_3, mediaOrigin),
    image_url_4: absoluteUri(product.image_url_4, mediaOrigin),
    image_url_5: absoluteUri(product.image_url_5, mediaOrigin),
    image_guid: image.guid,
  };
}

/** `products` is null when the caller did not ask for them (or the library has none). */
export function toImageDetails(
  row: ImageRow,
  products: StoredProduct[] | null,
  mediaOrigin: string,
): WireImageDetails {
  return {
    id: row.id,
    guid: row.guid,
    title: row.title,
    description: row.description,
    file_name: row.file_name,
    file_size: row.file_size,
    thumbnail_file_name: row.thumbnail_file_name,
    preview_file_name: row.preview_file_name,
    hires_file_name: row.hires_file_name,
    public_thumbnail_uri: absoluteUri(row.public_thumbnail_uri, mediaOrigin),
    public_preview_uri: absoluteUri(row.public_preview_uri, mediaOrigin),
    personal_gallery_title: row.personal_gallery_title,
    members_gallery_category: row.members_gallery_category,
    private_hires_uri: absoluteUri(row.private_hires_uri, mediaOrigin),
    pix_w: row.pix_w,
    pix_h: row.pix_h,
    date_added: toWireDate(row.added_at),
    date_expires: row.expires_at === null ? null : toWireDate(row.expires_at),
    active: row.active === 1,
    products: products === null ? null : products.map((p) => toProductDetails(p, row, mediaOrigin)),
  };
}
