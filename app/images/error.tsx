"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";

// Last resort for a render failure on the /images pages (data errors have their own state
// inside the page). Self-contained on purpose: it ships as its own chunk with the route.
export default function ImagesError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-200 bg-red-50 p-6 dark:border-red-900/60 dark:bg-red-950/40"
    >
      <h1 className="text-lg font-semibold text-red-900 dark:text-red-100">
        This page could not be shown
      </h1>
      <p className="mt-1 text-sm text-red-800 dark:text-red-200">
        Something went wrong while showing this page.
      </p>
      {error.digest ? (
        <p className="mt-1 text-sm text-red-800 dark:text-red-200">
          Reference ID: <code className="font-mono text-xs select-all">{error.digest}</code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
        className="mt-4 inline-flex h-10 items-center rounded-lg bg-brand-600 px-3.5 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
      >
        Try again
      </button>
    </div>
  );
}
