import Link from "next/link";
import type { ReactNode } from "react";
import type { LibraryName } from "@/lib/schemas/finerworks";
import { Button, buttonClasses } from "@/components/ui/button";
import { ImageIcon, PlusIcon, SearchIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";

function StatePanel({
  icon,
  title,
  children,
  role,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  role?: "alert";
}) {
  return (
    <div
      role={role}
      className="flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400">
        {icon}
      </div>
      <h2 className="text-base font-semibold text-slate-900 dark:text-slate-50">{title}</h2>
      <div className="mt-1.5 max-w-md text-sm text-slate-600 dark:text-slate-400">{children}</div>
    </div>
  );
}

/** Nothing in the library at all: invite the first upload. */
export function EmptyLibrary({ library }: { library: LibraryName }) {
  return (
    <StatePanel icon={<ImageIcon className="size-6" />} title={`Your ${library} library is empty`}>
      <p>Images you add show up here, ready to turn into prints.</p>
      <Link href="/images/new" className={buttonClasses("primary", "md", "mt-5")}>
        <PlusIcon className="size-4" />
        Add your first images
      </Link>
    </StatePanel>
  );
}

export function NoResults({ onClearFilters }: { onClearFilters: () => void }) {
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title="No images match these filters">
      <p>Try other words or a wider date range, or start over.</p>
      <Button variant="primary" className="mt-5" onClick={onClearFilters}>
        Clear filters
      </Button>
    </StatePanel>
  );
}

export function NoProductsOnPage() {
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title="No image on this page has products">
      <p>&ldquo;Has products&rdquo; checks one page at a time: try the next page.</p>
    </StatePanel>
  );
}

export function PastTheEnd({ lastPage, onGo }: { lastPage: number; onGo: (page: number) => void }) {
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title="This page is past the end">
      <p>The library has fewer pages now.</p>
      <Button variant="primary" className="mt-5" onClick={() => onGo(lastPage)}>
        Go to page {lastPage}
      </Button>
    </StatePanel>
  );
}

/** Shown while newer data is on its way and the grid still shows the previous answer. */
export function RefreshingIndicator({ active }: { active: boolean }) {
  return (
    <span
      role="status"
      aria-live="polite"
      className="inline-flex h-6 items-center gap-1.5 text-xs font-medium text-slate-600 dark:text-slate-400"
    >
      {active ? (
        <>
          <Spinner className="size-3.5" />
          Updating…
        </>
      ) : null}
    </span>
  );
}
