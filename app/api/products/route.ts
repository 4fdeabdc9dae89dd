import { apiRoute } from "@/lib/server/api/api-route";
import { readRoute } from "@/lib/server/api/endpoint";
import { productsEndpoint } from "@/lib/server/products/endpoints";

// GET /api/products - the snapshot's virtual inventory products, filtered and sorted (admins);
// format=csv: every matching row. A visit starts a scan when the snapshot is missing or old.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: readRoute(productsEndpoint),
});
