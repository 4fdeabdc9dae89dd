import type { ImageQuery } from "@/lib/schemas/image-query";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";

interface SortableHeaderProps {
  label: string;
  sortKey: ImageQuery["sort"];
  query: ImageQuery;
  onSort: (sort: ImageQuery["sort"]) => void;
  className?: string;
}

/** A column header that sorts the list; aria-sort tells which column and which way. */
export function SortableHeader({ label, sortKey, query, onSort, className }: SortableHeaderProps) {
  const active = query.sort === sortKey;
  const Icon = !active ? ArrowUpDownIcon : query.dir === "asc" ? ArrowUpIcon : ArrowDownIcon;
  return (
    <th
      scope="col"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}
      className={cn("px-3 py-2.5", className)}
    >
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className={cn(
          "-mx-1.5 inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 font-semibold hover:bg-slate-200/70 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-700/60",
          active ? "text-slate-900 dark:text-white" : "text-slate-600 dark:text-slate-300",
        )}
      >
        {label}
        <Icon className={cn("size-3.5", !active && "opacity-50")} />
      </button>
    </th>
  );
}
