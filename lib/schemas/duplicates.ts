// The duplicate check of the add-images form: rows as far as they are filled in, and the
// library images they may repeat.
import { z } from "zod";

const optionalCount = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullish();

export const duplicateCheckBodySchema = z
  .object({
    rows: z
      .array(
        z
          .object({
            private_hires_uri: z.string().max(2048).nullish(),
            file_name: z.string().max(255).nullish(),
            file_size: optionalCount,
            pix_w: optionalCount,
            pix_h: optionalCount,
          })
          .strict(),
      )
      .min(1, "must have at least 1 row")
      .max(50, "must have at most 50 rows"),
  })
  .strict();
export type DuplicateCheckBody = z.infer<typeof duplicateCheckBodySchema>;

export const duplicateMatchSchema = z.object({
  /** The row's position in the request. */
  index: z.number(),
  guid: z.string(),
  title: z.string(),
  date_added: z.string(),
  reason: z.enum(["same_url", "same_file", "same_stem_and_pixels"]),
});
export type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;
export const duplicateCheckAnswerSchema = z.object({ matches: z.array(duplicateMatchSchema) });
