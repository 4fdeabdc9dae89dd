import type { ProductLabel } from "@/lib/schemas/finerworks";

/** Labels in FinerWorks' priority order (sku, type, media, style, collection, frame...). */
export function sortLabels(labels: readonly ProductLabel[] | null | undefined): ProductLabel[] {
  return [...(labels ?? [])].sort((a, b) => a.priority - b.priority);
}

/**
 * The labels a reader has not seen yet: FinerWorks repeats the SKU as the first label, and the
 * details already show it once.
 */
export function labelsBesideSku(
  labels: readonly ProductLabel[] | null | undefined,
  sku: string,
): ProductLabel[] {
  return sortLabels(labels).filter(
    (label) => !(label.key.toLowerCase() === "sku" && (label.value ?? "").trim() === sku.trim()),
  );
}

/** The labels as a two-column list under their own heading, in priority order. */
export function ProductLabels({
  labels,
  headingLevel: Heading = "h4",
}: {
  labels: readonly ProductLabel[];
  headingLevel?: "h3" | "h4";
}) {
  if (labels.length === 0) return null;
  return (
    <section className="space-y-1.5">
      <Heading className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Labels
      </Heading>
      <dl className="grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-3 gap-y-1 text-sm">
        {labels.map((label, i) => (
          <div key={`${label.key}-${i}`} className="contents">
            <dt className="text-slate-600 capitalize dark:text-slate-400">
              {label.key.replace(/_/g, " ")}
            </dt>
            <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">
              {label.value ?? "—"}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
