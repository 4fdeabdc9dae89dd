"use client";

import { useQuery } from "@tanstack/react-query";
import type { ProductRow } from "@/lib/schemas/products";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { productDetailsOptions } from "@/lib/queries/products";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ProductFacts } from "@/components/products/product-facts";
import { ProductDescriptions } from "@/components/products/product-details";
import { viewOfRow } from "@/components/products/product-view";

/**
 * The row's prices at once, then what only the details request carries (descriptions, labels,
 * mock-ups, integration ids): a skeleton while it loads, the error with a retry if it fails.
 */
export function ProductPanelDetails({ row }: { row: ProductRow }) {
  const details = useQuery(productDetailsOptions(row.id));
  const view = viewOfRow(row, details.data);
  return (
    <div className="space-y-4">
      <ProductFacts product={view} />
      {details.data ? (
        <ProductDescriptions product={view} />
      ) : details.isError ? (
        <div
          role="alert"
          className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-4 text-sm dark:border-red-900/60 dark:bg-red-950/40"
        >
          <p className="font-medium text-red-900 dark:text-red-100">
            The product&apos;s details could not be loaded.
          </p>
          <p className="text-red-800 dark:text-red-200">
            {details.error instanceof ApiRequestError
              ? details.error.message
              : "Something went wrong. Please try again."}
          </p>
          <Button size="sm" onClick={() => void details.refetch()} disabled={details.isFetching}>
            Retry
          </Button>
        </div>
      ) : (
        <div role="status" aria-label="Loading the product's details" className="space-y-3">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-16 w-full" />
        </div>
      )}
    </div>
  );
}
