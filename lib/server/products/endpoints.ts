import "server-only";
// The product review's read endpoints: GET /api/products (JSON, or every matching row as CSV)
// and GET /api/products/<id>, and /admin/products' prefetch.
import { productDetailsResource, productsResource } from "@/lib/resources/products";
import { endpoint, pagedEndpoint } from "@/lib/server/api/endpoint";
import { csvResponse, csvStream, primed } from "@/lib/server/csv";
import { AppError } from "@/lib/server/errors/app-error";
import { refreshStaleSnapshot } from "@/lib/server/snapshot/scans";
import { productDetails } from "./get-product";
import { PRODUCT_CSV_COLUMNS, productExportPages, productsPage } from "./list-products";

// A visit starts a scan when the snapshot is missing or old.
export const productsEndpoint = pagedEndpoint(
  productsResource,
  async (query) => {
    await refreshStaleSnapshot();
    return productsPage(query);
  },
  {
    alternate: async ({ query }) => {
      if (query.format !== "csv") return undefined;
      const pages = await primed(productExportPages(query));
      const day = new Date().toISOString().slice(0, 10);
      return csvResponse(`products-${day}.csv`, csvStream(PRODUCT_CSV_COLUMNS, pages));
    },
  },
);

// The proxy has refused malformed escapes (400) before Next decoded the segment; the id is read
// from the path so a bad one meets the schema's 400 like every other input.
function lastSegment(pathname: string): string {
  const raw = pathname.split("/").at(-1) ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // Called without the proxy in front: the schema refuses it (400).
  }
}

export const productDetailsEndpoint = endpoint(
  productDetailsResource,
  async ({ id }) => {
    const details = await productDetails(id);
    if (!details)
      throw new AppError("not_found", "The product snapshot has no product with this id.");
    return details;
  },
  { fromPath: (req) => ({ id: lastSegment(req.nextUrl.pathname) }) },
);
