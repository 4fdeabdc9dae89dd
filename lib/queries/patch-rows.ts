// PATCH /api/images for many rows at once, answered per row: 200 when every row was saved,
// 207 naming the rows that were not (each with its own error, a conflict with `current`).
import { z } from "zod";
import type { ImageText } from "@/lib/editing/drafts";
import { API_ERROR_CODES, ApiRequestError } from "@/lib/schemas/api-error";
import { updateImagesResponseSchema } from "@/lib/schemas/image-list";
import { apiFetch, readAnswer } from "./api-fetch";

export interface PatchRow {
  guid: string;
  /** Only the fields that change; none with `restoreOf` (the server knows the text). */
  title?: string;
  description?: string;
  expected: ImageText;
  restoreOf?: string;
}

type SavedImage = z.infer<typeof updateImagesResponseSchema>["images"][number];

export type RowResult = { ok: true; image: SavedImage } | { ok: false; error: ApiRequestError };

const partialSchema = updateImagesResponseSchema.extend({
  failed: z
    .array(
      z.object({
        index: z.number().int(),
        error: z.object({
          code: z.enum(API_ERROR_CODES),
          message: z.string(),
          reference_id: z.string().optional(),
          current: z.unknown().optional(),
        }),
      }),
    )
    .default([]),
});

const unconfirmed = () =>
  new ApiRequestError(
    502,
    "upstream_error",
    "The server did not confirm this change. Reload to see what was saved.",
  );

/** One PATCH for the rows (at most 200); a whole-request failure throws ApiRequestError. */
export async function patchImageRows(rows: readonly PatchRow[]): Promise<RowResult[]> {
  const response = await apiFetch("/api/images", {
    method: "PATCH",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      images: rows.map((row) => ({
        guid: row.guid,
        ...(row.title !== undefined ? { title: row.title } : {}),
        ...(row.description !== undefined ? { description: row.description } : {}),
        expected: row.expected,
        ...(row.restoreOf ? { restore_of: row.restoreOf } : {}),
      })),
    }),
  });
  const body = await readAnswer(response, partialSchema);
  const saved = new Map(body.images.map((image) => [image.guid, image]));
  const failed = new Map(body.failed.map((f) => [f.index, f.error]));
  return rows.map((row, index): RowResult => {
    const error = failed.get(index);
    if (error)
      return {
        ok: false,
        error: new ApiRequestError(
          response.status,
          error.code,
          error.message,
          error.reference_id,
          undefined,
          error.current,
        ),
      };
    const image = saved.get(row.guid.toLowerCase());
    return image ? { ok: true, image } : { ok: false, error: unconfirmed() };
  });
}
