"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { productQuery, type ProductQuery } from "@/lib/schemas/products";

/** Hidden columns ride in the URL beside the query, as `hide=dpi,frame`. */
const HIDE = "hide";

interface ProductUrlState {
  query: ProductQuery;
  hidden: ReadonlySet<string>;
  /** Changes the query; `replace` for typing, so each keystroke is not a history entry. */
  update: (patch: Partial<ProductQuery>, options?: { replace?: boolean }) => void;
  setHidden: (hidden: ReadonlySet<string>) => void;
}

function readHidden(params: URLSearchParams): Set<string> {
  return new Set((params.get(HIDE) ?? "").split(",").filter(Boolean));
}

export function productPageSearch(query: ProductQuery, hidden: ReadonlySet<string>): string {
  const params = productQuery.toSearchParams(query);
  // Paging and format belong to the API's requests, not to the page.
  for (const key of ["page", "per_page", "format"]) params.delete(key);
  if (hidden.size > 0) params.set(HIDE, [...hidden].sort().join(","));
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}

/**
 * The page's state lives in the URL, parsed by the same schema as GET /api/products; changes go
 * through the History API (Next.js keeps useSearchParams in step), so back and forward replay
 * cached views without a server round trip.
 */
export function useProductUrl(): ProductUrlState {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const query = useMemo(() => productQuery.parseLenient(searchParams), [searchParams]);
  const hidden = useMemo(() => readHidden(new URLSearchParams(searchParams)), [searchParams]);

  const navigate = useCallback(
    (next: (params: URLSearchParams) => string, replace: boolean) => {
      // From the address bar, not the last render: quick changes all land.
      const url = `${pathname}${next(new URLSearchParams(window.location.search))}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [pathname],
  );

  const update = useCallback(
    (patch: Partial<ProductQuery>, options?: { replace?: boolean }) =>
      navigate(
        (params) =>
          productPageSearch({ ...productQuery.parseLenient(params), ...patch }, readHidden(params)),
        options?.replace ?? false,
      ),
    [navigate],
  );
  const setHidden = useCallback(
    (next: ReadonlySet<string>) =>
      navigate((params) => productPageSearch(productQuery.parseLenient(params), next), false),
    [navigate],
  );
  return { query, hidden, update, setHidden };
}
