import { Skeleton } from "@/components/ui/skeleton";

export function ImageDetailSkeleton() {
  return (
    <div className="space-y-5" aria-busy="true">
      <span className="sr-only" role="status">
        Loading image…
      </span>
      <Skeleton className="h-5 w-32" />
      <Skeleton className="h-8 w-2/3 max-w-md" />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Skeleton className="aspect-[4/3] w-full rounded-xl" />
        <div className="space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          {Array.from({ length: 10 }, (_, i) => (
            <Skeleton key={i} className="h-4 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
