// The add and update inputs: one schema for POST/PATCH /api/images, the add form and the
// inline editor, so a browser and the server agree on every limit. Text is kept as typed
// (no trimming or HTML escaping; only normalised to NFC, so one word has one spelling);
// the UI renders it as text.
import { z } from "zod";
import { LIBRARY_NAMES } from "@/lib/schemas/finerworks";
import { guidSchema } from "./guid";
import {
  DESCRIPTION_MAX,
  FILE_NAME_MAX,
  MAX_IMAGES_PER_REQUEST,
  MAX_UPDATES_PER_REQUEST,
  PIXELS_MAX,
  TITLE_MAX,
  URI_MAX,
} from "./image-limits";
import {
  BIDI_MARK_MESSAGE,
  BIDI_MESSAGE,
  hasBidiControls,
  hasControlCharacters,
  hasLoneSurrogate,
  SURROGATE_MESSAGE,
} from "./unicode-text";

const noControl = (multiline: boolean) => (s: string) => !hasControlCharacters(s, multiline);
const CONTROL_MESSAGE = "must not contain control characters";

/**
 * Text a person typed: refused when it holds lone surrogates or bidirectional overrides and
 * isolates (file names: any bidirectional control), else normalised to NFC before `rules`.
 */
function userText<T extends z.ZodType<unknown, string>>(
  rules: T,
  options: { fileName?: boolean } = {},
) {
  return z
    .string({ error: "must be text" })
    .refine((s) => !hasLoneSurrogate(s), SURROGATE_MESSAGE)
    .refine(
      (s) => !hasBidiControls(s, options.fileName),
      options.fileName ? BIDI_MARK_MESSAGE : BIDI_MESSAGE,
    )
    .transform((s) => s.normalize("NFC"))
    .pipe(rules);
}

export const titleSchema = userText(
  z
    .string({ error: "must be text" })
    .min(1, "is required")
    .max(TITLE_MAX, `must be at most ${TITLE_MAX} characters`)
    .refine((s) => s.trim() !== "", "must not be blank")
    .refine(noControl(false), CONTROL_MESSAGE),
);

export const descriptionSchema = userText(
  z
    .string({ error: "must be text" })
    .max(DESCRIPTION_MAX, `must be at most ${DESCRIPTION_MAX} characters`)
    .refine(noControl(true), CONTROL_MESSAGE),
);

export const fileNameSchema = userText(
  z
    .string({ error: "must be text" })
    .min(1, "is required")
    .max(FILE_NAME_MAX, `must be at most ${FILE_NAME_MAX} characters`)
    .refine((s) => !/[/\\]/.test(s), "must not contain / or \\")
    .refine((s) => s.trim() !== "" && s !== "." && s !== "..", "must be a file name")
    .refine(noControl(false), CONTROL_MESSAGE),
  { fileName: true },
);

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const uriSchema = z
  .string({ error: "must be text" })
  .max(URI_MAX, `must be at most ${URI_MAX} characters`)
  .refine(noControl(false), CONTROL_MESSAGE)
  .refine(isHttpUrl, "must be an http(s) URL");

const pixelsSchema = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .positive("must be positive")
  .max(PIXELS_MAX, `must be at most ${PIXELS_MAX}`);

/** Optional text a form may send empty: "" means "not given". */
const blankToUndefined = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal("").transform(() => undefined), schema]).optional();

export const addImageInputSchema = z.strictObject({
  title: blankToUndefined(titleSchema),
  description: descriptionSchema.optional(),
  file_name: fileNameSchema,
  file_size: z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .nonnegative("must not be negative")
    .optional(),
  thumbnail_file_name: blankToUndefined(fileNameSchema),
  preview_file_name: blankToUndefined(fileNameSchema),
  hires_file_name: blankToUndefined(fileNameSchema),
  public_thumbnail_uri: blankToUndefined(uriSchema),
  public_preview_uri: blankToUndefined(uriSchema),
  private_hires_uri: uriSchema,
  pix_w: pixelsSchema.optional(),
  pix_h: pixelsSchema.optional(),
});
export type AddImageInput = z.input<typeof addImageInputSchema>;
export type AddImage = z.output<typeof addImageInputSchema>;

export const addImagesBodySchema = z.strictObject({
  images: z
    .array(addImageInputSchema, { error: "must be a list of images" })
    .min(1, "at least one image")
    .max(MAX_IMAGES_PER_REQUEST, `at most ${MAX_IMAGES_PER_REQUEST} images per request`),
  library: z.enum(LIBRARY_NAMES).optional(),
});
export type AddImagesBody = z.output<typeof addImagesBodySchema>;

/** What the client last saw: the server refuses the update (409) when upstream differs. */
export const expectedTextSchema = z.strictObject({
  title: z.string().max(20_000).nullable(),
  description: z.string().max(20_000).nullable(),
});

export const updateImageInputSchema = z
  .strictObject({
    guid: guidSchema,
    title: titleSchema.optional(),
    description: descriptionSchema.optional(),
    expected: expectedTextSchema.optional(),
    /** A history entry (its id) whose before-text this puts back: recorded as image.restore. */
    restore_of: z.uuid("must be a history entry id").optional(),
  })
  .refine((v) => v.title !== undefined || v.description !== undefined || v.restore_of, {
    message: "give a title or a description",
    path: ["title"],
  });

export const updateImagesBodySchema = z.strictObject({
  images: z
    .array(updateImageInputSchema, { error: "must be a list of images" })
    .min(1, "at least one image")
    .max(MAX_UPDATES_PER_REQUEST, `at most ${MAX_UPDATES_PER_REQUEST} images per request`)
    .refine(
      (list) => new Set(list.map((i) => i.guid)).size === list.length,
      "each guid at most once",
    ),
});
export type UpdateImagesBody = z.output<typeof updateImagesBodySchema>;

/** The answer of PATCH /api/images: what was written, per image. */
export interface UpdatedImage {
  guid: string;
  title: string;
  description: string;
  /** The history entry that records this change (absent when recording is off). */
  activity_id?: string;
}
