import { apiRoute } from "@/lib/server/api/api-route";
import { readRoute } from "@/lib/server/api/endpoint";
import { removedProductsEndpoint } from "@/lib/server/history/endpoints";

// GET /api/removed-products - the archive of products that edits made FinerWorks remove (admins)
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: readRoute(removedProductsEndpoint),
});
