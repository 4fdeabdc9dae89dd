import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImageDetail } from "@/components/images/image-detail";
import { can } from "@/lib/auth/roles";
import { imageDetailOptions } from "@/lib/queries/images";
import { guidSchema } from "@/lib/schemas/guid";
import { imageQueryToSearchParams, parseImageQueryLenient } from "@/lib/schemas/image-query";
import { activityEndpoint } from "@/lib/server/history/endpoints";
import { guardedPage } from "../../page-guard";
import { findImage } from "./find-image";

export const metadata: Metadata = { title: "Image" };

type Props = {
  params: Promise<{ guid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One image by guid, fetched through the same list function (guid filter) as the grid, from
// either library when the URL does not say which. The grid's URL state rides along in the query
// string so "Back" returns to the same view.
export default async function ImagePage({ params, searchParams }: Props) {
  const parsed = guidSchema.safeParse((await params).guid);
  if (!parsed.success) notFound();
  const guid = parsed.data;
  const gridQuery = parseImageQueryLenient(await searchParams);
  const qs = imageQueryToSearchParams(gridQuery).toString();
  const path = `/images/${guid}`;
  const retryHref = `${path}${qs ? `?${qs}` : ""}`;
  return guardedPage(
    { path, retryHref },
    async ({ user, queryClient, prefetchFirstPage, dehydrated }) => {
      const { library, answer } = await findImage(guid, gridQuery.library);
      if (answer) {
        queryClient.setQueryData(imageDetailOptions(guid, library).queryKey, answer);
        // The History section's first page, under the filters ImageHistory asks with.
        await prefetchFirstPage(activityEndpoint, { image: guid.toLowerCase() });
      }
      return (
        <HydrationBoundary state={dehydrated()}>
          <ImageDetail guid={guid} library={library} canEdit={can(user.role, "edit")} />
        </HydrationBoundary>
      );
    },
  );
}
