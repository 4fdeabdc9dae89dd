"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import type { ProductFlag, ProductRow } from "@/lib/schemas/products";
import { loadedRows, productsCsvUrl, productsOptions } from "@/lib/queries/products";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { LoadError } from "@/components/ui/load-error";
import { formatCount, plural } from "@/components/ui/format";
import { Skeleton } from "@/components/ui/skeleton";
import { FlagLegend } from "./flags";
import { ProductFilters } from "./filters";
import { ProductTable } from "./product-table";
import { ScanBar } from "./scan-bar";
import { ProductSummaryPanel } from "./summary";
import { productPageSearch, useProductUrl } from "./use-product-url";

const ProductPanel = lazy(() =>
  import("./product-panel").then((m) => ({ default: m.ProductPanel })),
);

/** /admin/products: the snapshot's summary, filters and the virtualised table of every product. */
export function ProductReview() {
  const url = useProductUrl();
  const { query, hidden, setHidden } = url;
  const queryClient = useQueryClient();
  // The next view's rows are asked for in the input's own event, before React renders the change.
  const update: typeof url.update = useCallback(
    (patch, options) => {
      void queryClient.prefetchInfiniteQuery(productsOptions({ ...query, ...patch }));
      url.update(patch, options);
    },
    [queryClient, query, url],
  );
  const products = useInfiniteQuery(productsOptions(query));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = products;
  const [selected, setSelected] = useState<ProductRow | null>(null);

  const first = products.data?.pages[0];
  const rows = useMemo(
    () => (products.data ? loadedRows(products.data.pages, products.data.pageParams) : []),
    [products.data],
  );
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const hrefFor = (flag: ProductFlag | undefined) =>
    `/admin/products${productPageSearch({ ...query, flag }, hidden)}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Products</h1>
          <ScanBar asOf={first?.as_of ?? null} pageScan={first?.scan ?? null} />
        </div>
        <ExportCsvLink href={productsCsvUrl(query)} />
      </div>
      {first ? (
        <ProductSummaryPanel
          summary={first.summary}
          currency={first.products[0]?.monetary_format ?? "USD"}
          activeFlag={query.flag}
          hrefFor={hrefFor}
          onFlag={(flag) => update({ flag })}
        />
      ) : null}
      <FlagLegend thinMarginPct={first?.summary.thin_margin_pct ?? 30} />
      <ProductFilters
        query={query}
        summary={first?.summary}
        hidden={hidden}
        update={update}
        setHidden={setHidden}
      />
      {products.isError && !first ? (
        <LoadError
          error={products.error}
          onRetry={() => void products.refetch()}
          retrying={products.isFetching}
        />
      ) : !first ? (
        <Skeleton className="h-96 w-full rounded-xl" />
      ) : (
        <section
          aria-label="Product table"
          aria-busy={products.isPlaceholderData}
          data-loaded={products.isPlaceholderData ? undefined : "true"}
          className="space-y-2"
        >
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {first.count === 0
              ? first.as_of
                ? "No products match these filters."
                : "No snapshot yet: Refresh scans the library."
              : `${plural(first.count, "product")} (${formatCount(rows.length)} loaded)`}
          </p>
          <ProductTable
            rows={rows}
            count={first.count}
            query={query}
            hidden={hidden}
            selectedId={selected?.id ?? null}
            onSort={(sort, dir) => update({ sort, dir })}
            onSelect={setSelected}
            onNearEnd={loadMore}
          />
        </section>
      )}
      {selected ? (
        <Suspense fallback={null}>
          <ProductPanel row={selected} onClose={() => setSelected(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
