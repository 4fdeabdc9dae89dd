import type { Metadata } from "next";
import { Suspense } from "react";
import { ProductReview } from "@/components/product-review/product-review";
import { requireAdmin } from "../require-admin";

export const metadata: Metadata = { title: "Products" };

// Every virtual inventory product of the library in one table, read from the snapshot.
export default async function ProductsPage() {
  await requireAdmin("/admin/products");
  return (
    <Suspense>
      <ProductReview />
    </Suspense>
  );
}
