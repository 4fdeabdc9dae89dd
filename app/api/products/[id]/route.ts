import { apiRoute } from "@/lib/server/api/api-route";
import { readRoute } from "@/lib/server/api/endpoint";
import { productDetailsEndpoint } from "@/lib/server/products/endpoints";

// GET /api/products/<id> - one product's side-panel details from the snapshot (admins)
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: readRoute(productDetailsEndpoint),
});
