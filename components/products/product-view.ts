import type { ProductDetails, ProductLabel } from "@/lib/schemas/finerworks";
import type { ProductRow, ProductRowDetails } from "@/lib/schemas/products";
import { sortLabels } from "./product-labels";

/**
 * What the product components show, from either source: a product nested in an image
 * (GET /api/images) or a row of the products snapshot (GET /api/products).
 */
export interface ProductView {
  name: string;
  sku: string;
  product_code: string | null;
  monetary_format: string | null;
  per_item_price: number;
  asking_price: number | null;
  quantity: number | null;
  quantity_in_stock: number | null;
  description_short: string | null;
  /** Sanitised on the server. */
  description_long: string | null;
  /** Highest priority first. */
  labels: ProductLabel[];
  mockups: string[];
  third_party_integrations: unknown;
}

const SLOTS = ["image_url_1", "image_url_2", "image_url_3", "image_url_4", "image_url_5"] as const;

/** The product's mock-up pictures (image_url_1..5), in order, without the empty slots. */
export function mockupUrls(product: Pick<ProductDetails, (typeof SLOTS)[number]>): string[] {
  return SLOTS.map((slot) => product[slot]?.trim() ?? "").filter((url) => url !== "");
}

export function viewOfProduct(product: ProductDetails): ProductView {
  return {
    name: product.name,
    sku: product.sku,
    product_code: product.product_code,
    monetary_format: product.monetary_format,
    per_item_price: product.per_item_price,
    asking_price: product.asking_price,
    quantity: product.quantity,
    quantity_in_stock: product.quantity_in_stock,
    description_short: product.description_short,
    description_long: product.description_long,
    labels: sortLabels(product.labels),
    mockups: mockupUrls(product),
    third_party_integrations: product.third_party_integrations,
  };
}

/** A table row, with its side-panel details once they have loaded (empty until then). */
export function viewOfRow(row: ProductRow, details: ProductRowDetails | undefined): ProductView {
  return {
    name: row.name,
    sku: row.sku,
    product_code: row.product_code,
    monetary_format: row.monetary_format,
    per_item_price: row.per_item_price,
    asking_price: row.asking_price,
    quantity: null,
    quantity_in_stock: row.quantity_in_stock,
    description_short: details?.description_short ?? null,
    description_long: details?.description_long ?? null,
    labels: sortLabels(details?.labels ?? []),
    mockups: (details?.image_urls ?? []).filter((url) => url.trim() !== ""),
    third_party_integrations: details?.third_party_integrations ?? null,
  };
}
