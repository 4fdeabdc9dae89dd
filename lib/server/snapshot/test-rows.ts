// Rows for the store tests: an entry with sensible defaults, and a product as FinerWorks sends it.
import type { ProductDetails } from "@/lib/schemas/finerworks";
import { newId } from "@/lib/server/db/ids";
import type { NewActivity, NewRemovedProduct } from "@/lib/server/db/schema";

export function entry(overrides: Partial<NewActivity> = {}): NewActivity {
  const at = overrides.at ?? Date.now();
  return {
    id: newId(at),
    at,
    deadline_at: at + 5_000,
    actor_email: "staff@example.com",
    actor_name: "Sam Staff",
    actor_role: "staff",
    action: "image.update",
    image_guid: "5fd001ce-5db8-4e84-9010-e29499eadb3f",
    image_title: "Before",
    before_title: "Before",
    before_description: "Old words",
    after_title: "After",
    after_description: "New words",
    outcome: "pending",
    request_id: "00000000-0000-4000-8000-000000000000",
    removed_products_count: 0,
    ...overrides,
  };
}

export function product(sku: string, overrides: Partial<ProductDetails> = {}): ProductDetails {
  return {
    monetary_format: "USD",
    quantity: 1,
    quantity_in_stock: null,
    sku,
    product_code: `CODE-${sku}`,
    price_details: null,
    per_item_price: 12.5,
    total_price: 12.5,
    asking_price: 39,
    name: `Framed print ${sku}`,
    description_short: null,
    description_long: "<p>Archival <b>print</b><script>alert(1)</script></p>",
    labels: [{ key: "frame", value: "Black", priority: 1 }],
    image_url_1: "https://images.example.com/1.jpg",
    image_url_2: null,
    image_url_3: null,
    image_url_4: null,
    image_url_5: null,
    image_guid: "5fd001ce-5db8-4e84-9010-e29499eadb3f",
    product_size: { width: 8, height: 10 },
    third_party_integrations: null,
    framing_options: null,
    product_guid: newId(),
    debug: null,
    ...overrides,
  };
}

export function productRow(activity: NewActivity, p: ProductDetails): NewRemovedProduct {
  return {
    id: newId(),
    activity_id: activity.id,
    image_guid: activity.image_guid ?? p.image_guid,
    image_title: activity.image_title ?? null,
    image_thumbnail: "https://images.example.com/thumb.jpg",
    sku: p.sku,
    product_code: p.product_code,
    name: p.name,
    product: JSON.stringify(p),
  };
}
