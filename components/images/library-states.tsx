import Link from "next/link";
import type { ReactNode } from "react";
import type { LibraryName } from "@/lib/schemas/finerworks";
import { Button, buttonClasses } from "@/components/ui/button";
import { AlertIcon, ImageIcon, PlusIcon, SearchIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { ApiRequestError } from "@/lib/schemas/api-error";

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

function describe(error: unknown): {
  title: string;
  message: string;
  referenceId?: string;
  signIn: boolean;
} {
  if (error instanceof ApiRequestError) {
    if (error.status === 401)
      return {
        title: "Your session has ended",
        message: "Sign in again to see your library.",
        signIn: true,
      };
    const upstream = error.code === "upstream_error" || error.code === "upstream_timeout";
    return {
      title: upstream ? "FinerWorks could not load your images" : "Images could not be loaded",
      message: error.message,
      referenceId: error.referenceId,
      signIn: false,
    };
  }
  return {
    title: "Images could not be loaded",
    message: "Something went wrong. Please try again.",
    signIn: false,
  };
}

/** A failed load: FinerWorks' own message, the reference id support asks for, and a retry. */
export function LoadError({
  error,
  onRetry,
  retrying,
  instead,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  /** What helps when asking again cannot (the query itself is what fails): shown in its place. */
  instead?: { label: string; onClick: () => void };
}) {
  const { title, message, referenceId, signIn } = describe(error);
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-200 bg-red-50 p-5 sm:p-6 dark:border-red-900/60 dark:bg-red-950/40"
    >
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="flex size-10 shrink-0 items-center justify-center rounded-full bg-red-100 text-red-700 dark:bg-red-900/50 dark:text-red-200">
          <AlertIcon className="size-5" />
        </div>
        <div className="min-w-0 flex-1 space-y-1.5">
          <h2 className="font-semibold text-red-900 dark:text-red-100">{title}</h2>
          <p className="text-sm break-words text-red-800 dark:text-red-200">{message}</p>
          {referenceId ? (
            <p className="text-sm text-red-800 dark:text-red-200">
              Reference ID:{" "}
              <code className="rounded bg-red-100 px-1.5 py-0.5 font-mono text-xs select-all dark:bg-red-900/50">
                {referenceId}
              </code>
              <span className="block text-xs text-red-700 dark:text-red-300">
                Quote it if you contact FinerWorks support.
              </span>
            </p>
          ) : null}
          <div className="pt-2">
            {signIn ? (
              <a href="/login?callbackUrl=%2Fimages" className={buttonClasses("primary")}>
                Sign in
              </a>
            ) : instead ? (
              <Button variant="primary" onClick={instead.onClick}>
                {instead.label}
              </Button>
            ) : (
              <Button variant="primary" onClick={onRetry} disabled={retrying}>
                {retrying ? <Spinner /> : null}
                Try again
              </Button>
            )}
          </div>
        </div>
      </div>
    </div>
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
