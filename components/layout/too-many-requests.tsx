import { buttonClasses } from "@/components/ui/button";
import { AlertIcon } from "@/components/ui/icons";

/**
 * A page refused because the user spent their request budget: the wait, and a link that loads
 * the same page again. Styled like the library's load error; no script needed to retry.
 */
export function TooManyRequests({
  message,
  retryHref,
}: {
  /** "Too many requests. Try again in N s." */
  message: string;
  retryHref: string;
}) {
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
          <h1 className="font-semibold text-red-900 dark:text-red-100">Please wait a moment</h1>
          <p className="text-sm break-words text-red-800 dark:text-red-200">{message}</p>
          <p className="text-sm text-red-800 dark:text-red-200">
            Every page and action counts against a per-minute limit for your account.
          </p>
          <div className="pt-2">
            <a href={retryHref} className={buttonClasses("primary")}>
              Try again
            </a>
          </div>
        </div>
      </div>
    </div>
  );
}
