// zod schemas for the FinerWorks v3 wire format (field names exactly as FinerWorks spells them).
// Objects tolerate unknown extra fields (zod strips them); a missing required field is an error.
// Answers are normalised here, where FinerWorks data enters: guids lower case, and a title or
// description FinerWorks leaves null or out is "" (the app's code only ever sees strings).
import { z } from "zod";
import { GUID_PATTERN, wireGuidSchema } from "@/lib/schemas/guid";

export const LIBRARY_NAMES = ["inventory", "temporary"] as const;
export const SORT_FIELDS = ["id", "title", "file_name", "file_size", "date_added"] as const;
export const SORT_DIRECTIONS = ["ASC", "DESC"] as const;

export const libraryNameSchema = z.enum(LIBRARY_NAMES);
export type LibraryName = z.infer<typeof libraryNameSchema>;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** YYYY-MM-DD, optionally followed by a time (FinerWorks accepts .NET date strings). */
const wireDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "must be a date (YYYY-MM-DD)")
  .refine((s) => !Number.isNaN(Date.parse(s.slice(0, 10))), "must be a real calendar date");

/** A text field of an answer: null or missing becomes "". */
const wireText = z
  .string()
  .nullish()
  .transform((text) => text ?? "");

export const responseStatusSchema = z.object({
  success: z.boolean(),
  status_code: z.number(),
  message: z.string().nullish(),
  debug: z.unknown().optional(),
  reference_id: z.string().nullish(),
  domain: z.string().nullish(),
});
export type ResponseStatus = z.infer<typeof responseStatusSchema>;

export const imageLibrarySchema = z.object({
  name: libraryNameSchema,
  session_id: z.string().min(8, "must be 8 to 50 characters").max(50, "must be 8 to 50 characters"),
  account_key: z.string().nullish(),
  site_id: z.number().int(),
});
export type ImageLibrary = z.infer<typeof imageLibrarySchema>;

export const productLabelSchema = z.object({
  key: z.string(),
  value: z.string().nullable(),
  priority: z.number(),
});
export type ProductLabel = z.infer<typeof productLabelSchema>;

export const productDetailsSchema = z.object({
  monetary_format: z.string().nullable(),
  quantity: z.number(),
  quantity_in_stock: z.number().nullable(),
  sku: z.string(),
  product_code: z.string().nullable(),
  price_details: z.unknown().nullable(),
  per_item_price: z.number(),
  total_price: z.number(),
  asking_price: z.number().nullable(),
  name: z.string(),
  description_short: z.string().nullable(),
  description_long: z.string().nullable(),
  labels: z.array(productLabelSchema).nullable(),
  image_url_1: z.string().nullable(),
  image_url_2: z.string().nullable(),
  image_url_3: z.string().nullable(),
  image_url_4: z.string().nullable(),
  image_url_5: z.string().nullable(),
  image_guid: wireGuidSchema,
  product_size: z.unknown().nullable(),
  third_party_integrations: z.unknown().nullable(),
  framing_options: z.unknown().nullable(),
  product_guid: wireGuidSchema,
  debug: z.unknown().nullable(),
});
export type ProductDetails = z.infer<typeof productDetailsSchema>;

export const imageDetailsSchema = z.object({
  id: z.number(),
  guid: wireGuidSchema,
  title: wireText,
  description: wireText,
  file_name: z.string().nullable(),
  file_size: z.number().nullable(),
  thumbnail_file_name: z.string().nullable(),
  preview_file_name: z.string().nullable(),
  hires_file_name: z.string().nullable(),
  public_thumbnail_uri: z.string().nullable(),
  public_preview_uri: z.string().nullable(),
  personal_gallery_title: z.string().nullable(),
  members_gallery_category: z.string().nullable(),
  private_hires_uri: z.string().nullable(),
  pix_w: z.number().nullable(),
  pix_h: z.number().nullable(),
  date_added: z.string(),
  date_expires: z.string().nullable(),
  active: z.boolean(),
  products: z.array(productDetailsSchema).nullable(),
});
export type ImageDetails = z.infer<typeof imageDetailsSchema>;
/** image_details as FinerWorks sends it (title and description may be null). */
export type WireImageDetails = z.input<typeof imageDetailsSchema>;

export const addImageDetailsSchema = z.object({
  title: z.string().nullish(),
  description: z.string().nullish(),
  file_name: z.string().min(1),
  file_size: z.number().int().nonnegative().nullish(),
  thumbnail_file_name: z.string().nullish(),
  preview_file_name: z.string().nullish(),
  hires_file_name: z.string().nullish(),
  public_thumbnail_uri: z.string().nullish(),
  public_preview_uri: z.string().nullish(),
  private_hires_uri: z.string().min(1),
  pix_w: z.number().int().positive().nullish(),
  pix_h: z.number().int().positive().nullish(),
});
export type AddImageDetails = z.infer<typeof addImageDetailsSchema>;

export const updateImageDetailsSchema = z.object({
  guid: z.string().regex(GUID_PATTERN, "must be a guid"),
  title: z.string().nullish(),
  description: z.string().nullish(),
});
export type UpdateImageDetails = z.infer<typeof updateImageDetailsSchema>;

export const listImagesRequestSchema = z.object({
  library: imageLibrarySchema,
  search_filter: z.string().nullish(),
  guid_filter: z.array(z.string()).nullish(),
  page_number: z.number().int().min(0).nullish(),
  per_page: z.number().int().min(1, "must be 1 to 50").max(50, "must be 1 to 50").nullish(),
  sort_field: z.enum(SORT_FIELDS).nullish(),
  sort_direction: z.enum(SORT_DIRECTIONS).nullish(),
  upload_date_from: wireDate.nullish(),
  upload_date_to: wireDate.nullish(),
  list_products: z.boolean().nullish(),
  active: z.boolean().nullish(),
});
export type ListImagesRequest = z.infer<typeof listImagesRequestSchema>;

export const addImagesRequestSchema = z.object({
  images: z
    .array(addImageDetailsSchema)
    .min(1, "at least one image")
    .max(5, "at most 5 images per call"),
  library: imageLibrarySchema,
});

export const updateImagesRequestSchema = z.object({
  images: z.array(updateImageDetailsSchema).min(1, "at least one image"),
  account_key: z.string().nullish(),
});

export const listImagesResponseSchema = z.object({
  status: responseStatusSchema,
  images: z.array(imageDetailsSchema),
  page_number: z.number(),
  per_page: z.number(),
  count: z.number(),
});
export type ListImagesResponse = z.infer<typeof listImagesResponseSchema>;

export const addImagesResponseSchema = z.object({
  status: responseStatusSchema,
  images: z.array(imageDetailsSchema),
});
export type AddImagesResponse = z.infer<typeof addImagesResponseSchema>;

export const statusOnlyResponseSchema = z.object({ status: responseStatusSchema });
export type StatusOnlyResponse = z.infer<typeof statusOnlyResponseSchema>;

/** ASP.NET ModelState validation errors, as FinerWorks may send them with a 400. */
export const modelStateSchema = z.object({
  ModelState: z.record(z.string(), z.array(z.string())),
});
