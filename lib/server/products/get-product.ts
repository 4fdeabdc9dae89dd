import "server-only";
// GET /api/products/<id>: the side panel's details of one product, read from the snapshot only
// when the panel opens (the table's rows stay light).
import type { ProductLabel } from "@/lib/schemas/finerworks";
import { parseJsonOrUndefined } from "@/lib/json";
import type { ProductRowDetails } from "@/lib/schemas/products";
import { withStore } from "@/lib/server/db";
import { productDetail } from "@/lib/server/snapshot/product-queries";
import { snapshotScan } from "@/lib/server/snapshot/scan-queries";

/** The product's details in the current snapshot, or null when the snapshot has no such product. */
export async function productDetails(id: string): Promise<ProductRowDetails | null> {
  return withStore("read the product snapshot", async ({ db }) => {
    const snapshot = await snapshotScan(db);
    if (!snapshot) return null;
    const [product, detail] = await Promise.all([
      db
        .selectFrom("snapshot_product")
        .select(["id", "product_guid"])
        .where("scan_id", "=", snapshot.id)
        .where("id", "=", id)
        .executeTakeFirst(),
      productDetail(db, snapshot.id, id),
    ]);
    if (!product) return null;
    return {
      id: product.id,
      product_guid: product.product_guid,
      description_short: detail?.description_short ?? null,
      description_long: detail?.description_long ?? null,
      labels: (parseJsonOrUndefined(detail?.labels) as ProductLabel[] | undefined) ?? [],
      image_urls: (parseJsonOrUndefined(detail?.image_urls) as string[] | undefined) ?? [],
      third_party_integrations: parseJsonOrUndefined(detail?.third_party_integrations) ?? null,
    };
  });
}
