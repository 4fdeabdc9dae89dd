import { ApiRequestError } from "@/lib/schemas/api-error";
import { Button, buttonClasses } from "./button";
import { AlertIcon } from "./icons";
import { Spinner } from "./spinner";

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
