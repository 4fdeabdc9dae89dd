import { productQuerySchema } from "@/lib/schemas/products";
import { json, withApi } from "@/lib/server/api/handler";
import { csvResponse, csvStream, primed } from "@/lib/server/csv";
import {
  PRODUCT_CSV_COLUMNS,
  productExportPages,
  productsPage,
} from "@/lib/server/products/list-products";
import { refreshStaleSnapshot } from "@/lib/server/snapshot/scans";
import { apiRoute } from "@/lib/server/api/api-route";

// GET /api/products - the snapshot's virtual inventory products, filtered and sorted (admins);
// format=csv: every matching row. A visit starts a scan when the snapshot is missing or old.
const get = withApi(
  { route: "GET /api/products", action: "admin", query: productQuerySchema },
  async ({ query }) => {
    if (query.format === "json") {
      await refreshStaleSnapshot();
      return json(await productsPage(query));
    }
    const pages = await primed(productExportPages(query));
    const day = new Date().toISOString().slice(0, 10);
    return csvResponse(`products-${day}.csv`, csvStream(PRODUCT_CSV_COLUMNS, pages));
  },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: get });
