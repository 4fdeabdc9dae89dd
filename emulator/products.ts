// The one place a product record is put together: what every product says the same way
// (USD, one item, no stock, the unused image slots) around what makes each one itself.
import type { StoredProduct } from "./records";

export type ProductCore = Pick<
  StoredProduct,
  | "sku"
  | "product_code"
  | "per_item_price"
  | "asking_price"
  | "name"
  | "description_short"
  | "description_long"
  | "labels"
  | "image_url_1"
  | "product_guid"
>;

/** Fields in FinerWorks' documented order, whatever order they were given in. */
export function productRecord(core: ProductCore & Partial<StoredProduct>): StoredProduct {
  const quantity = core.quantity ?? 1;
  const p: StoredProduct = {
    monetary_format: "USD",
    quantity,
    quantity_in_stock: 0,
    price_details: null,
    total_price: core.per_item_price * quantity,
    image_url_2: null,
    image_url_3: null,
    image_url_4: null,
    image_url_5: null,
    product_size: null,
    third_party_integrations: null,
    framing_options: null,
    debug: null,
    ...core,
  };
  return {
    monetary_format: p.monetary_format,
    quantity: p.quantity,
    quantity_in_stock: p.quantity_in_stock,
    sku: p.sku,
    product_code: p.product_code,
    price_details: p.price_details,
    per_item_price: p.per_item_price,
    total_price: p.total_price,
    asking_price: p.asking_price,
    name: p.name,
    description_short: p.description_short,
    description_long: p.description_long,
    labels: p.labels,
    image_url_1: p.image_url_1,
    image_url_2: p.image_url_2,
    image_url_3: p.image_url_3,
    image_url_4: p.image_url_4,
    image_url_5: p.image_url_5,
    product_size: p.product_size,
    third_party_integrations: p.third_party_integrations,
    framing_options: p.framing_options,
    product_guid: p.product_guid,
    debug: p.debug,
  };
}
