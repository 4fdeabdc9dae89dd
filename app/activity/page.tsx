import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ActivityFeed } from "@/components/history/activity-feed";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { FilterForm, pickFilters, type FilterField } from "@/components/history/filter-form";
import { InvalidFilters } from "@/components/history/invalid-filters";
import { RestoreBatchButton } from "@/components/history/restore-batch-button";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/server/auth/session";
import { prefetchActivityFeed } from "@/lib/server/history/prefetch-feed";
import { feedUrl } from "@/lib/queries/history";
import { getQueryClient } from "@/lib/queries/query-client";
import { ACTIVITY_ACTIONS, activityQuerySchema } from "@/lib/schemas/activity";

export const metadata: Metadata = { title: "Activity" };

const FIELDS: readonly FilterField[] = [
  { name: "image", label: "Image id", placeholder: "guid" },
  { name: "actor", label: "Person (email)", type: "email" },
  {
    name: "action",
    label: "Action",
    options: [
      { value: "", label: "Any" },
      ...ACTIVITY_ACTIONS.map((a) => ({ value: a, label: a })),
    ],
  },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date" },
  { name: "batch", label: "Batch id" },
];

// Every change made through the dashboard, newest first; the filters live in the URL.
export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser("/activity");
  const filters = pickFilters(
    await searchParams,
    FIELDS.map((f) => f.name),
  );
  const parsed = activityQuerySchema.safeParse(filters);
  const queryClient = getQueryClient();
  if (parsed.success) await prefetchActivityFeed(queryClient, filters);
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
        <div className="flex flex-wrap items-center gap-2">
          {can(user.role, "edit") && parsed.success && parsed.data.batch ? (
            <RestoreBatchButton batch={parsed.data.batch} />
          ) : null}
          {can(user.role, "admin") && parsed.success ? (
            <ExportCsvLink href={feedUrl("/api/activity", filters, { format: "csv" })} />
          ) : null}
        </div>
      </div>
      <FilterForm action="/activity" fields={FIELDS} values={filters} label="Filter the activity" />
      {parsed.success ? (
        <HydrationBoundary state={dehydrate(queryClient)}>
          <ActivityFeed filters={filters} />
        </HydrationBoundary>
      ) : (
        <InvalidFilters error={parsed.error} />
      )}
    </div>
  );
}
