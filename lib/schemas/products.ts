// The admin product review: one query table for the URL of /admin/products and the query string
// of GET /api/products, the shape of each row, the answer with its summary, and the library scan
// that feeds the snapshot the table reads.
import { z } from "zod";
import { GUID_SOURCE, guidSchema } from "./guid";
import { hasControlCharacters } from "./unicode-text";
import { decimalNumber, defineQuery, field, wholeNumber, type QueryOf } from "./query-fields";

export const PRODUCT_FLAGS = [
  "loss",
  "thin_margin",
  "no_asking_price",
  "low_resolution",
  "below_300_dpi",
  "inactive_image",
  "duplicate_sku",
] as const;
export type ProductFlag = (typeof PRODUCT_FLAGS)[number];

/** Every column the table can sort by. */
export const PRODUCT_SORT_KEYS = [
  "image_title",
  "name",
  "type",
  "media",
  "frame",
  "print_size",
  "sku",
  "product_code",
  "quantity_in_stock",
  "per_item_price",
  "asking_price",
  "margin",
  "margin_pct",
  "dpi",
] as const;
export type ProductSortKey = (typeof PRODUCT_SORT_KEYS)[number];
export const PRODUCT_SORT_DIRS = ["asc", "desc"] as const;

export const DEFAULT_PRODUCTS_PER_PAGE = 100;
export const MAX_PRODUCTS_PER_PAGE = 500;
/** Below this many DPI at the product's print size the image is flagged `low_resolution`. */
export const LOW_RESOLUTION_DPI = 150;
/** Below this many DPI (and at least LOW_RESOLUTION_DPI) the softer `below_300_dpi` note. */
export const GOOD_RESOLUTION_DPI = 300;

const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s), "must not contain control characters")
    .transform((s) => s.trim())
    .optional();

const money = decimalNumber(0, 10_000_000, "must be 0 to 10000000").optional();

// These words never reach FinerWorks (the table reads the snapshot), so nothing goes upstream.
const local = <S extends z.ZodType<string | number | undefined>>(schema: S, filter = false) =>
  field(schema, () => ({}), { filter });

export const PRODUCT_QUERY_FIELDS = {
  /** Title of the image, SKU, product code or product name contains this (any case). */
  q: local(text(200), true),
  /** The product type exactly (a `type` of `summary.types`). */
  type: local(text(200), true),
  flag: local(z.enum(PRODUCT_FLAGS).optional(), true),
  /** Margin as a percent of the asking price strictly below this. */
  margin_below: local(decimalNumber(-100_000, 100, "must be -100000 to 100").optional(), true),
  /** Asking price range, inclusive. */
  price_min: local(money, true),
  price_max: local(money, true),
  /** The products of one image. */
  image: local(guidSchema.optional(), true),
  sort: local(z.enum(PRODUCT_SORT_KEYS).default("image_title")),
  dir: local(z.enum(PRODUCT_SORT_DIRS).default("asc")),
  page: local(wholeNumber(1, 1_000_000, "must be 1 to 1000000").default(1)),
  per_page: local(
    wholeNumber(1, MAX_PRODUCTS_PER_PAGE, `must be 1 to ${MAX_PRODUCTS_PER_PAGE}`).default(
      DEFAULT_PRODUCTS_PER_PAGE,
    ),
  ),
  format: local(z.enum(["json", "csv"]).default("json")),
};

export const productQuery = defineQuery(PRODUCT_QUERY_FIELDS, [
  {
    holds: (v) =>
      v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max,
    path: "price_min",
    message: "must not be above 'price_max'",
  },
]);
export const productQuerySchema = productQuery.schema;
export type ProductQuery = QueryOf<typeof PRODUCT_QUERY_FIELDS>;

export const printSizeSchema = z.object({ width_in: z.number(), height_in: z.number() });
export type PrintSize = z.infer<typeof printSizeSchema>;

const labelSchema = z.object({
  key: z.string(),
  value: z.string().nullable(),
  priority: z.number(),
});

/**
 * One product of the snapshot, as GET /api/products answers it: what the table shows, kept light
 * (a page of these is on the path of every sort and filter). Money in the account's currency.
 */
export const productRowSchema = z.object({
  /** Stable within a snapshot: the image guid and the product's position on it. */
  id: z.string(),
  sku: z.string(),
  product_code: z.string().nullable(),
  name: z.string(),
  /** The `type` label, else the product name. */
  type: z.string(),
  media: z.string().nullable(),
  frame: z.string().nullable(),
  /** Parsed from product_size, the labels or the description; null when none says. */
  print_size: printSizeSchema.nullable(),
  quantity_in_stock: z.number().nullable(),
  /** What the product costs (FinerWorks' price). */
  per_item_price: z.number(),
  /** null when FinerWorks has none (0 counts as none too, flagged `no_asking_price`). */
  asking_price: z.number().nullable(),
  /** asking_price - per_item_price; null without an asking price. */
  margin: z.number().nullable(),
  /** margin as a percent of asking_price, one decimal; null without an asking price. */
  margin_pct: z.number().nullable(),
  /** The image's resolution at the print size; null without a print size or pixel size. */
  dpi: z.number().nullable(),
  flags: z.array(z.enum(PRODUCT_FLAGS)),
  image: z.object({
    guid: z.string(),
    title: z.string(),
    active: z.boolean(),
    pix_w: z.number().nullable(),
    pix_h: z.number().nullable(),
    public_thumbnail_uri: z.string().nullable(),
    /** The side panel's picture. */
    public_preview_uri: z.string().nullable(),
  }),
  monetary_format: z.string().nullable(),
});
export type ProductRow = z.infer<typeof productRowSchema>;

/** A product's id in a path: `<image guid>:<position on the image>`. */
export const productIdSchema = z
  .string({ error: "must be text" })
  .regex(
    new RegExp(`^${GUID_SOURCE}:(0|[1-9][0-9]{0,3})$`, "i"),
    "must be a product id (image guid:position)",
  )
  .transform((id) => id.toLowerCase());

/** The side panel's details of one row, as GET /api/products/<id> answers them. */
export const productDetailsSchema = productRowSchema.pick({ id: true }).extend({
  product_guid: z.string().nullable(),
  description_short: z.string().nullable(),
  /** Sanitised HTML (the same rules as product HTML in GET /api/images). */
  description_long: z.string().nullable(),
  /** Highest priority first. */
  labels: z.array(labelSchema),
  image_urls: z.array(z.string()),
  /** As FinerWorks sent it (any JSON), or null. */
  third_party_integrations: z.unknown(),
});
export type ProductRowDetails = z.infer<typeof productDetailsSchema>;

export const PRODUCT_SCAN_STATES = ["running", "done", "failed", "cancelled"] as const;
export type ProductScanState = (typeof PRODUCT_SCAN_STATES)[number];

/** A scan of the whole inventory library into the snapshot (the current one, or the last). */
export const productScanSchema = z.object({
  id: z.string(),
  state: z.enum(PRODUCT_SCAN_STATES),
  pages_done: z.number(),
  /** null until the first page said how many images there are. */
  pages_total: z.number().nullable(),
  images: z.number(),
  products: z.number(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  /** Email of the admin who asked, or null when a stale snapshot started it. */
  started_by: z.string().nullable(),
  /** Why a failed scan failed: FinerWorks' message and reference id when it answered. */
  error: z
    .object({ code: z.string(), message: z.string(), reference_id: z.string().nullable() })
    .optional(),
});
export type ProductScan = z.infer<typeof productScanSchema>;

/** The whole snapshot at a glance (not narrowed by the query's filters). */
export const productSummarySchema = z.object({
  products: z.number(),
  images_with_products: z.number(),
  total_asking_value: z.number(),
  /** Median of `margin` over products with an asking price; null when none has one. */
  median_margin: z.number().nullable(),
  flags: z.record(z.enum(PRODUCT_FLAGS), z.number()),
  /** Every product type with its count, most common first (the choices of the type filter). */
  types: z.array(z.object({ type: z.string(), count: z.number() })),
  /** The `thin_margin` threshold in percent (a setting). */
  thin_margin_pct: z.number(),
});
export type ProductSummary = z.infer<typeof productSummarySchema>;

export const productsPageSchema = z.object({
  products: z.array(productRowSchema),
  /** Rows matching the filters (all pages). */
  count: z.number(),
  /** When the snapshot was taken (ISO); null before the first scan finished. */
  as_of: z.string().nullable(),
  summary: productSummarySchema,
  /** The running scan, or the last one (so the page shows progress or why it failed). */
  scan: productScanSchema.nullable(),
});
export type ProductsPage = z.infer<typeof productsPageSchema>;
