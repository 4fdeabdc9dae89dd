import "server-only";
// The history's read endpoints: GET /api/activity (JSON, or the whole filtered list as CSV for
// admins) and GET /api/removed-products (JSON or CSV), and their pages' prefetch.
import { can } from "@/lib/auth/roles";
import { activityResource, removedProductsResource } from "@/lib/resources/history";
import { pagedEndpoint } from "@/lib/server/api/endpoint";
import { csvResponse, csvStream, primed } from "@/lib/server/csv";
import { AppError } from "@/lib/server/errors/app-error";
import { ACTIVITY_CSV_COLUMNS, activityExportPages, activityPage } from "./list-activity";
import {
  REMOVED_PRODUCTS_CSV_COLUMNS,
  removedProductsExportPages,
  removedProductsPage,
} from "./list-removed-products";

const today = () => new Date().toISOString().slice(0, 10);

export const activityEndpoint = pagedEndpoint(activityResource, (query) => activityPage(query), {
  alternate: async ({ query, user }) => {
    if (query.format === "json") return undefined;
    if (!can(user.role, "admin"))
      throw new AppError("forbidden", "Only admins can export the history.");
    const pages = await primed(activityExportPages(query));
    return csvResponse(`activity-${today()}.csv`, csvStream(ACTIVITY_CSV_COLUMNS, pages));
  },
});

export const removedProductsEndpoint = pagedEndpoint(
  removedProductsResource,
  (query) => removedProductsPage(query),
  {
    alternate: async ({ query }) => {
      if (query.format === "json") return undefined;
      const pages = await primed(removedProductsExportPages(query));
      const columns = REMOVED_PRODUCTS_CSV_COLUMNS;
      return csvResponse(`removed-products-${today()}.csv`, csvStream(columns, pages));
    },
  },
);
