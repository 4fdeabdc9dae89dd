// Bodies of the control API's image endpoints: raw inserts (with products) and edits made
// behind the app's back. Anything left out gets a plausible default.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { libraryNameSchema, productDetailsSchema } from "@/lib/schemas/finerworks";
import { guidSchema } from "@/lib/schemas/guid";
import { DAY_MS } from "../dates";
import { productRecord } from "../products";
import { mediaPath, type NewImage, type StoredProduct } from "../records";
import { slugify } from "../seed";

const date = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be a date");

export const patchImageBody = z.strictObject({
  title: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  active: z.boolean().optional(),
});

const rawProduct = productDetailsSchema.omit({ image_guid: true }).partial();

const rawImage = z.object({
  guid: guidSchema.optional(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  file_name: z.string().nullish(),
  file_size: z.number().int().nonnegative().nullish(),
  thumbnail_file_name: z.string().nullish(),
  preview_file_name: z.string().nullish(),
  hires_file_name: z.string().nullish(),
  public_thumbnail_uri: z.string().nullish(),
  public_preview_uri: z.string().nullish(),
  private_hires_uri: z.string().nullish(),
  personal_gallery_title: z.string().nullish(),
  members_gallery_category: z.string().nullish(),
  pix_w: z.number().int().positive().nullish(),
  pix_h: z.number().int().positive().nullish(),
  date_added: date.optional(),
  date_expires: date.nullish(),
  active: z.boolean().optional(),
  products: z.array(rawProduct).nullish(),
});

export const insertImagesBody = z.object({
  // Either the bare name or an image_library object, whichever the test has at hand.
  library: z.union([
    libraryNameSchema,
    z.object({ name: libraryNameSchema }).transform((l) => l.name),
  ]),
  images: z.array(rawImage).min(1).max(10_000),
});
export type InsertImagesBody = z.infer<typeof insertImagesBody>;

export function toNewImages(body: InsertImagesBody): NewImage[] {
  const library = body.library;
  return body.images.map((image, i) => {
    const id = image.guid ?? randomUUID();
    const title = image.title ?? image.file_name ?? `Test image ${i + 1}`;
    const fileName = image.file_name ?? `${slugify(title) || "image"}.jpg`;
    const addedAt = image.date_added ? Date.parse(image.date_added) : Date.now();
    const products =
      library === "inventory" ? (image.products ?? []).map((p) => toProduct(p, id)) : undefined;
    return {
      guid: id,
      library,
      title,
      description: image.description ?? null,
      file_name: fileName,
      file_size: image.file_size ?? 5_000_000,
      thumbnail_file_name: image.thumbnail_file_name ?? null,
      preview_file_name: image.preview_file_name ?? null,
      hires_file_name: image.hires_file_name ?? null,
      public_thumbnail_uri: image.public_thumbnail_uri ?? mediaPath("thumb", id),
      public_preview_uri: image.public_preview_uri ?? mediaPath("preview", id),
      private_hires_uri: image.private_hires_uri ?? mediaPath("hires", id),
      personal_gallery_title: image.personal_gallery_title ?? null,
      members_gallery_category: image.members_gallery_category ?? null,
      pix_w: image.pix_w ?? 4000,
      pix_h: image.pix_h ?? 3000,
      added_at: addedAt,
      expires_at:
        image.date_expires != null
          ? Date.parse(image.date_expires)
          : library === "temporary"
            ? addedAt + 30 * DAY_MS
            : null,
      active: image.active ?? true,
      products,
    };
  });
}

function toProduct(partial: z.infer<typeof rawProduct>, imageGuid: string): StoredProduct {
  const sku =
    partial.sku ??
    `AP${Math.floor(1000 + Math.random() * 9000)}P${Math.floor(10000 + Math.random() * 90000)}`;
  const name = partial.name ?? "Giclee - Fine Art Paper Prints";
  return productRecord({
    sku,
    product_code: null,
    per_item_price: 25,
    asking_price: 50,
    name,
    description_short: name,
    description_long: null,
    labels: [
      { key: "sku", value: sku, priority: 5 },
      { key: "type", value: name, priority: 0 },
    ],
    image_url_1: mediaPath("preview", imageGuid),
    product_guid: randomUUID(),
    ...stripUndefined(partial),
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
