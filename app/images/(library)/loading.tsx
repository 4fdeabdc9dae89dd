import { ImageGridSkeleton } from "@/components/images/image-grid-skeleton";
import { LibraryHeader } from "@/components/images/library-header";
import { Skeleton } from "@/components/ui/skeleton";

export default function ImagesLoading() {
  return (
    <div className="space-y-5" aria-busy="true">
      <span className="sr-only" role="status">
        Loading images…
      </span>
      <LibraryHeader />
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-900">
        <Skeleton className="h-10 w-full" />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-8">
          {Array.from({ length: 7 }, (_, i) => (
            <Skeleton key={i} className="h-14" />
          ))}
        </div>
      </div>
      <Skeleton className="h-5 w-48" />
      <ImageGridSkeleton count={12} />
    </div>
  );
}
