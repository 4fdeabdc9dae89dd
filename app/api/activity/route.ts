import { can } from "@/lib/auth/roles";
import { activityQuerySchema } from "@/lib/schemas/activity";
import { json, withApi } from "@/lib/server/api/handler";
import { AppError } from "@/lib/server/errors/app-error";
import { csvResponse, csvStream, primed } from "@/lib/server/csv";
import {
  ACTIVITY_CSV_COLUMNS,
  activityExportPages,
  activityPage,
} from "@/lib/server/history/list-activity";
import { apiRoute } from "@/lib/server/api/api-route";

// GET /api/activity - the history of changes, newest first (format=csv: the whole filtered list, admins)
const get = withApi(
  { route: "GET /api/activity", action: "browse", query: activityQuerySchema },
  async ({ query, user }) => {
    if (query.format === "json") return json(await activityPage(query));
    if (!can(user.role, "admin"))
      throw new AppError("forbidden", "Only admins can export the history.");
    const pages = await primed(activityExportPages(query));
    const day = new Date().toISOString().slice(0, 10);
    return csvResponse(`activity-${day}.csv`, csvStream(ACTIVITY_CSV_COLUMNS, pages));
  },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: get });
