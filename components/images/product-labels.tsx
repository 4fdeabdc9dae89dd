import type { ProductLabel } from "@/lib/finerworks/schemas";

/** Labels in FinerWorks' priority order (sku, type, media, style, collection, frame...). */
export function sortLabels(labels: readonly ProductLabel[] | null | undefined): ProductLabel[] {
  return [...(labels ?? [])].sort((a, b) => a.priority - b.priority);
}

export function ProductLabels({ labels }: { labels: readonly ProductLabel[] | null }) {
  const sorted = sortLabels(labels);
  if (sorted.length === 0) return null;
  return (
    <dl aria-label="Labels" className="flex flex-wrap gap-1.5">
      {sorted.map((label, i) => (
        <div
          key={`${label.key}-${i}`}
          className="flex overflow-hidden rounded-md text-xs ring-1 ring-slate-200 ring-inset dark:ring-slate-700"
        >
          <dt className="bg-slate-100 px-1.5 py-0.5 font-medium text-slate-600 capitalize dark:bg-slate-800 dark:text-slate-300">
            {label.key}
          </dt>
          <dd className="px-1.5 py-0.5 text-slate-800 dark:text-slate-100">{label.value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
