// The answers of /api/images as the browser parses them. GET (and the /images page prefetch):
// one page of the library, each image in FinerWorks' own image_details field names.
import { z } from "zod";
import { imageDetailsSchema } from "@/lib/schemas/finerworks";
import { apiErrorBodySchema } from "./api-error";
import { wireGuidSchema } from "./guid";

export const imageListResponseSchema = z.object({
  images: z.array(imageDetailsSchema),
  page_number: z.number().int(),
  per_page: z.number().int(),
  /** Total number of images matching the query, over all pages. */
  count: z.number().int(),
  /**
   * When the library snapshot of this library was taken (epoch ms), null when it has none: the
   * search covers file names and the "Products" sort works only with one.
   */
  snapshot_as_of: z.number().nullable().optional(),
  /**
   * With a search and a snapshot: of `count`, the images only their file name matches, listed
   * after the title and description matches; `limited` when more than FILE_NAME_MATCH_LIMIT did
   * (then the first of them by file name are listed).
   */
  file_name_matches: z
    .object({ count: z.number().int().nonnegative(), limited: z.boolean() })
    .optional(),
});

/** The most file-name-only matches a search lists (each is a guid sent to list_images). */
export const FILE_NAME_MATCH_LIMIT = 1000;
export type ImageListResponse = z.infer<typeof imageListResponseSchema>;

/** The answer of PATCH /api/images: the text written, per image; with 207, the rows that failed. */
export const updateImagesResponseSchema = z.object({
  images: z.array(
    z.object({
      guid: wireGuidSchema,
      title: z.string(),
      description: z.string(),
      /** The history entry of the change: an Undo sends it as `restore_of`. */
      activity_id: z.string().optional(),
    }),
  ),
  failed: z
    .array(
      z.object({
        index: z.number().int().nonnegative(),
        guid: wireGuidSchema,
        error: apiErrorBodySchema.shape.error,
      }),
    )
    .optional(),
});

export type { ImageDetails, ProductDetails, ProductLabel } from "@/lib/schemas/finerworks";
