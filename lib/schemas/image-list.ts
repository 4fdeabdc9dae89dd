// The answers of /api/images as the browser parses them. GET (and the /images page prefetch):
// one page of the library, each image in FinerWorks' own image_details field names.
import { z } from "zod";
import { imageDetailsSchema } from "@/lib/finerworks/schemas";
import { apiErrorBodySchema } from "./api-error";
import { wireGuidSchema } from "./guid";

export const imageListResponseSchema = z.object({
  images: z.array(imageDetailsSchema),
  page_number: z.number().int(),
  per_page: z.number().int(),
  /** Total number of images matching the query, over all pages. */
  count: z.number().int(),
});
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

export type { ImageDetails, ProductDetails, ProductLabel } from "@/lib/finerworks/schemas";
