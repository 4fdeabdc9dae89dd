// The history feed and the archive of removed products: query schemas (URL of the pages, query
// string of GET /api/activity and GET /api/removed-products) and the answers' shapes.
import { z } from "zod";
import { guidSchema } from "./guid";
import { hasControlCharacters } from "./unicode-text";

export const ACTIVITY_ACTIONS = ["image.add", "image.update", "image.restore"] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];
export const ACTIVITY_OUTCOMES = ["pending", "ok", "failed", "unknown"] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** YYYY-MM-DD (a whole UTC day) or an ISO date-time with its zone, as epoch ms. */
const instant = (end: "from" | "to") =>
  z
    .string()
    .refine((s) => DAY.test(s) || DATE_TIME.test(s), "must be YYYY-MM-DD or an ISO date-time")
    .transform((s, ctx) => {
      const day = DAY.test(s);
      const ms = Date.parse(day ? `${s}T00:00:00.000Z` : s);
      if (Number.isNaN(ms) || (day && new Date(ms).toISOString().slice(0, 10) !== s)) {
        ctx.addIssue({ code: "custom", message: "must be a real date" });
        return z.NEVER;
      }
      // A day given as `to` includes that whole day.
      return day && end === "to" ? ms + 86_400_000 - 1 : ms;
    });

const email = z
  .string()
  .max(320, "must be at most 320 characters")
  .regex(/^[^\s@]+@[^\s@]+$/, "must be an email address")
  .transform((s) => s.toLowerCase());

const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s), "must not contain control characters")
    .transform((s) => s.trim());

/** An opaque position in a feed (from `next_cursor`). */
const cursor = z
  .string()
  .max(200, "is not a cursor from this API")
  .regex(/^[A-Za-z0-9_-]+$/, "is not a cursor from this API");

const common = {
  from: instant("from").optional(),
  to: instant("to").optional(),
  actor: email.optional(),
  image: guidSchema.optional(),
  cursor: cursor.optional(),
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, `must be 1 to ${MAX_PAGE_SIZE}`)
    .max(MAX_PAGE_SIZE, `must be 1 to ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  format: z.enum(["json", "csv"]).default("json"),
};
const fromBeforeTo = (v: { from?: number; to?: number }) => !v.from || !v.to || v.from <= v.to;
const FROM_AFTER_TO = { message: "must not be after 'to'", path: ["from"] };

export const activityQuerySchema = z
  .strictObject({
    ...common,
    action: z.enum(ACTIVITY_ACTIONS).optional(),
    batch: z.uuid("must be a batch id").optional(),
  })
  .refine(fromBeforeTo, FROM_AFTER_TO);
export type ActivityQuery = z.output<typeof activityQuerySchema>;

export const removedProductsQuerySchema = z
  .strictObject({
    ...common,
    q: text(200).optional(),
    sku: text(200).optional(),
  })
  .refine(fromBeforeTo, FROM_AFTER_TO);
export type RemovedProductsQuery = z.output<typeof removedProductsQuerySchema>;

const imageTextSchema = z.object({
  title: z.string().nullable(),
  description: z.string().nullable(),
});
export type ImageText = z.infer<typeof imageTextSchema>;

/** One change, as GET /api/activity answers it. */
export const activityEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ email: z.string(), name: z.string(), role: z.string() }),
  action: z.enum(ACTIVITY_ACTIONS),
  image: z.object({ guid: z.string().nullable(), title: z.string().nullable() }),
  before: imageTextSchema.nullable(),
  after: imageTextSchema.nullable(),
  /** `pending` while the upstream call runs; `unknown` when it never answered (see README). */
  outcome: z.enum(ACTIVITY_OUTCOMES),
  error_code: z.string().nullable(),
  reference_id: z.string().nullable(),
  request_id: z.string(),
  batch_id: z.string().nullable(),
  restore_of: z.string().nullable(),
  removed_products_count: z.number(),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const activityPageSchema = z.object({
  entries: z.array(activityEntrySchema),
  next_cursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

/** A product an edit made FinerWorks remove: its own fields as FinerWorks sent them, plus these. */
export const removedProductSchema = z.looseObject({
  sku: z.string(),
  name: z.string(),
  image: z.object({
    guid: z.string(),
    title: z.string().nullable(),
    public_thumbnail_uri: z.string().nullable(),
  }),
  removed_at: z.string(),
  removed_by: z.object({ email: z.string(), name: z.string() }),
  activity_id: z.string(),
});
export type RemovedProduct = z.infer<typeof removedProductSchema>;

export const removedProductsPageSchema = z.object({
  products: z.array(removedProductSchema),
  next_cursor: z.string().nullable(),
});
export type RemovedProductsPage = z.infer<typeof removedProductsPageSchema>;
