// The answer of GET /api/images (and of the /images page prefetch): one page of the library,
// each image in FinerWorks' own image_details field names.
import { z } from "zod";
import { imageDetailsSchema } from "@/lib/finerworks/schemas";

export const imageListResponseSchema = z.object({
  images: z.array(imageDetailsSchema),
  page_number: z.number().int(),
  per_page: z.number().int(),
  /** Total number of images matching the query, over all pages. */
  count: z.number().int(),
});
export type ImageListResponse = z.infer<typeof imageListResponseSchema>;

export type { ImageDetails, ProductDetails, ProductLabel } from "@/lib/finerworks/schemas";
