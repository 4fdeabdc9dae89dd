// Triage view counts and saved views: request and answer bodies, shared by routes and browser.
import { z } from "zod";
import { SNAPSHOT_VIEWS } from "@/lib/triage/view-names";
import { hasControlCharacters } from "./unicode-text";
import { imageQuery } from "./image-query";

export const viewCountsSchema = z.object({
  /** Epoch ms of the library snapshot; null before the first scan. */
  as_of: z.number().nullable(),
  counts: z.record(z.enum(SNAPSHOT_VIEWS), z.number()).nullable(),
  /** Live from FinerWorks (its active filter). */
  inactive: z.number(),
  /** A scan of the library is running now (its counts arrive when it is done). */
  scanning: z.boolean(),
  /** Staff and admins may start one ("Refresh"); artists see the snapshot only. */
  can_refresh: z.boolean(),
});
export type ViewCounts = z.infer<typeof viewCountsSchema>;

const viewName = z
  .string()
  .transform((s) => s.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "must not be empty")
      .max(80, "must be at most 80 characters")
      .refine((s) => !hasControlCharacters(s), "must not contain control characters"),
  );

/** A /images query string (no "?"): must parse strictly; kept canonical, without the page. */
const viewSearch = z
  .string()
  .max(2000, "must be at most 2000 characters")
  .transform((s, ctx) => {
    const parsed = imageQuery.schema.safeParse(
      imageQuery.readRecord(new URLSearchParams(s.replace(/^\?/, ""))),
    );
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "must be a valid image library query" });
      return z.NEVER;
    }
    return imageQuery.toSearchParams({ ...parsed.data, page: 1 }).toString();
  });

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  search: z.string(),
  updated_at: z.number(),
});
export type SavedView = z.infer<typeof savedViewSchema>;
export const savedViewListSchema = z.object({ views: z.array(savedViewSchema) });

export const createSavedViewSchema = z.object({ name: viewName, search: viewSearch }).strict();
export const renameSavedViewSchema = z.object({ id: z.string().max(64), name: viewName }).strict();
export const deleteSavedViewSchema = z.object({ id: z.string().max(64) }).strict();
