import type { ProductDetails } from "@/lib/schemas/finerworks";

/** A product as FinerWorks sends it, for component tests. */
export function testProduct(overrides: Partial<ProductDetails> = {}): ProductDetails {
  return {
    monetary_format: "USD",
    quantity: 1,
    quantity_in_stock: null,
    sku: "AP-1",
    product_code: "FRM-8x10",
    price_details: null,
    per_item_price: 24.5,
    total_price: 24.5,
    asking_price: 59,
    name: "Framed print 8x10",
    description_short: "Short",
    description_long: "<p>Long <strong>text</strong></p>",
    labels: [
      { key: "media", value: "Matte", priority: 3 },
      { key: "sku", value: "AP-1", priority: 1 },
      { key: "type", value: "Framed", priority: 2 },
    ],
    image_url_1: "https://cdn.example.com/m1.jpg",
    image_url_2: null,
    image_url_3: "https://cdn.example.com/m3.jpg",
    image_url_4: " ",
    image_url_5: null,
    image_guid: "g",
    product_size: null,
    third_party_integrations: null,
    framing_options: null,
    product_guid: "p1",
    debug: null,
    ...overrides,
  };
}
