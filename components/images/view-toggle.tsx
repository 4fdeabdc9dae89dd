import { GridIcon, ListIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import type { ViewMode } from "./url-state";

const OPTIONS = [
  { view: "grid", label: "Grid view", Icon: GridIcon },
  { view: "list", label: "List view", Icon: ListIcon },
] as const;

export function ViewToggle({
  view,
  onChange,
}: {
  view: ViewMode;
  onChange: (view: ViewMode) => void;
}) {
  return (
    <div
      role="group"
      aria-label="Layout"
      className="inline-flex h-10 rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      {OPTIONS.map(({ view: v, label, Icon }) => (
        <button
          key={v}
          type="button"
          aria-label={label}
          aria-pressed={view === v}
          title={label}
          onClick={() => onChange(v)}
          className={cn(
            "inline-flex w-9 items-center justify-center rounded-md transition-colors focus-visible:outline-2 focus-visible:outline-brand-500",
            view === v
              ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
              : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
          )}
        >
          <Icon className="size-4" />
        </button>
      ))}
    </div>
  );
}
