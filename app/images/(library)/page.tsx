import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ImageLibrary } from "@/components/images/image-library";
import { LibraryHeader } from "@/components/images/library-header";
import { can } from "@/lib/auth/roles";
import { imageQueryToSearchParams, parseImageQueryLenient } from "@/lib/schemas/image-query";
import { imageListEndpoint } from "@/lib/server/images/endpoints";
import { guardedPage } from "../../page-guard";

export const metadata: Metadata = { title: "Images" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The URL is parsed by the same schema as the client's and the API's, so the prefetched
// page lands in the very cache entry the grid reads: the first paint already has images.
export default async function ImagesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseImageQueryLenient(await searchParams);
  const qs = imageQueryToSearchParams(query).toString();
  const path = `/images${qs ? `?${qs}` : ""}`;
  return guardedPage({ path }, async ({ user, prefetch, dehydrated }) => {
    await prefetch(imageListEndpoint, query);
    return (
      <div className="space-y-5">
        <LibraryHeader />
        <HydrationBoundary state={dehydrated()}>
          <ImageLibrary canEdit={can(user.role, "edit")} />
        </HydrationBoundary>
      </div>
    );
  });
}
