import { removedProductsQuerySchema } from "@/lib/schemas/activity";
import { json, withApi } from "@/lib/server/api/handler";
import { csvResponse, csvStream, primed } from "@/lib/server/csv";
import {
  REMOVED_PRODUCTS_CSV_COLUMNS,
  removedProductsExportPages,
  removedProductsPage,
} from "@/lib/server/history/list-removed-products";
import { apiRoute } from "@/lib/server/api/api-route";

// GET /api/removed-products - the archive of products that edits made FinerWorks remove (admins)
const get = withApi(
  { route: "GET /api/removed-products", action: "admin", query: removedProductsQuerySchema },
  async ({ query }) => {
    if (query.format === "json") return json(await removedProductsPage(query));
    const pages = await primed(removedProductsExportPages(query));
    const day = new Date().toISOString().slice(0, 10);
    return csvResponse(
      `removed-products-${day}.csv`,
      csvStream(REMOVED_PRODUCTS_CSV_COLUMNS, pages),
    );
  },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: get });
