import type { z } from "zod";

/** The filters in the URL that the API would refuse, each with why. */
export function InvalidFilters({ error }: { error: z.ZodError }) {
  return (
    <div
      role="alert"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-400/40 dark:bg-amber-400/10 dark:text-amber-100"
    >
      <p className="font-medium">Some filters cannot be used:</p>
      <ul className="mt-1 list-disc pl-5">
        {error.issues.map((issue, i) => (
          <li key={i}>
            <span className="font-mono">{issue.path.join(".") || "filters"}</span> {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
