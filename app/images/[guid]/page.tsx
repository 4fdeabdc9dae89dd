import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImageDetail } from "@/components/images/image-detail";
import { TooManyRequests } from "@/components/layout/too-many-requests";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { imageDetailOptions, imageDetailQuery } from "@/lib/queries/images";
import { getQueryClient } from "@/lib/queries/query-client";
import { guidSchema } from "@/lib/schemas/guid";
import { imageQueryToSearchParams, parseImageQueryLenient } from "@/lib/schemas/image-query";
import { listImagesForQuery } from "@/lib/server/images/list";
import { takeUserRequest, tooManyRequestsMessage } from "@/lib/server/request-budget";

export const metadata: Metadata = { title: "Image" };

type Props = {
  params: Promise<{ guid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One image by guid, fetched through the same list function (guid filter) as the grid.
// The grid's URL state rides along in the query string so "Back" returns to the same view.
export default async function ImagePage({ params, searchParams }: Props) {
  const parsed = guidSchema.safeParse((await params).guid);
  if (!parsed.success) notFound();
  const guid = parsed.data;
  const gridQuery = parseImageQueryLenient(await searchParams);
  const user = await requireSessionUser(`/images/${guid}`);
  const budget = await takeUserRequest(user);
  if (!budget.allowed) {
    const qs = imageQueryToSearchParams(gridQuery).toString();
    const message = tooManyRequestsMessage(budget.retryAfterSeconds);
    return <TooManyRequests message={message} retryHref={`/images/${guid}${qs ? `?${qs}` : ""}`} />;
  }

  const queryClient = getQueryClient();
  const query = imageDetailQuery(guid, gridQuery.library);
  await queryClient.prefetchQuery({
    ...imageDetailOptions(guid, gridQuery.library),
    queryFn: () => listImagesForQuery(query),
    retry: false,
  });

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ImageDetail guid={guid} canEdit={can(user.role, "edit")} />
    </HydrationBoundary>
  );
}
