import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ActivityFeed } from "@/components/history/activity-feed";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { FilterForm, pickFilters, type FilterField } from "@/components/history/filter-form";
import { InvalidFilters } from "@/components/history/invalid-filters";
import { RestoreBatchButton } from "@/components/history/restore-batch-button";
import { can } from "@/lib/auth/roles";
import { feedUrl } from "@/lib/resources/history";
import { ACTIVITY_ACTIONS, activityQuerySchema } from "@/lib/schemas/activity";
import { activityEndpoint } from "@/lib/server/history/endpoints";
import { guardedPage } from "../page-guard";

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
  const filters = pickFilters(
    await searchParams,
    FIELDS.map((f) => f.name),
  );
  const parsed = activityQuerySchema.safeParse(filters);
  return guardedPage({ path: "/activity" }, async ({ user, prefetchFirstPage, dehydrated }) => {
    if (parsed.success) await prefetchFirstPage(activityEndpoint, filters);
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
        <FilterForm
          action="/activity"
          fields={FIELDS}
          values={filters}
          label="Filter the activity"
        />
        {parsed.success ? (
          <HydrationBoundary state={dehydrated()}>
            <ActivityFeed filters={filters} />
          </HydrationBoundary>
        ) : (
          <InvalidFilters error={parsed.error} />
        )}
      </div>
    );
  });
}
