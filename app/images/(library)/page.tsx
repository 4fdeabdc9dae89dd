import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ImageLibrary } from "@/components/images/image-library";
import { LibraryHeader } from "@/components/images/library-header";
import { TooManyRequests } from "@/components/layout/too-many-requests";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/server/auth/session";
import { imageListOptions } from "@/lib/queries/images";
import { getQueryClient } from "@/lib/queries/query-client";
import { imageQueryToSearchParams, parseImageQueryLenient } from "@/lib/schemas/image-query";
import { listImagesForQuery } from "@/lib/server/images/list-images";
import { takeUserRequest, tooManyRequestsMessage } from "@/lib/server/api/request-budget";

export const metadata: Metadata = { title: "Images" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The URL is parsed by the same schema as the client's and the API's, so the prefetched
// page lands in the very cache entry the grid reads: the first paint already has images.
export default async function ImagesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = parseImageQueryLenient(params);
  const qs = imageQueryToSearchParams(query).toString();
  const path = `/images${qs ? `?${qs}` : ""}`;
  const user = await requireSessionUser(path);
  const budget = await takeUserRequest(user);
  if (!budget.allowed) {
    const message = tooManyRequestsMessage(budget.retryAfterSeconds);
    return <TooManyRequests message={message} retryHref={path} />;
  }

  const queryClient = getQueryClient();
  // A failed prefetch is not cached: the browser asks again and shows the error state.
  await queryClient.prefetchQuery({
    ...imageListOptions(query),
    queryFn: () => listImagesForQuery(query),
    retry: false,
  });

  return (
    <div className="space-y-5">
      <LibraryHeader />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ImageLibrary canEdit={can(user.role, "edit")} />
      </HydrationBoundary>
    </div>
  );
}
