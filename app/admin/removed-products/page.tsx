import type { Metadata } from "next";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { FilterForm, pickFilters, type FilterField } from "@/components/history/filter-form";
import { InvalidFilters } from "@/components/history/invalid-filters";
import { RemovedProductsTable } from "@/components/history/removed-products-table";
import { feedUrl } from "@/lib/resources/history";
import { removedProductsQuerySchema } from "@/lib/schemas/activity";
import { guardedPage } from "../../page-guard";

export const metadata: Metadata = { title: "Removed products" };

const FIELDS: readonly FilterField[] = [
  { name: "q", label: "Search", placeholder: "name, SKU, image" },
  { name: "sku", label: "SKU" },
  { name: "image", label: "Image id", placeholder: "guid" },
  { name: "actor", label: "Removed by (email)", type: "email" },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date" },
];

// The archive of products that edits made FinerWorks remove, so an admin can recreate them.
export default async function RemovedProductsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = pickFilters(
    await searchParams,
    FIELDS.map((f) => f.name),
  );
  const parsed = removedProductsQuerySchema.safeParse(filters);
  return guardedPage({ path: "/admin/removed-products", action: "admin" }, () => (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Removed products</h1>
        {parsed.success ? (
          <ExportCsvLink href={feedUrl("/api/removed-products", filters, { format: "csv" })} />
        ) : null}
      </div>
      <FilterForm
        action="/admin/removed-products"
        fields={FIELDS}
        values={filters}
        label="Filter the removed products"
      />
      {parsed.success ? (
        <RemovedProductsTable filters={filters} />
      ) : (
        <InvalidFilters error={parsed.error} />
      )}
    </div>
  ));
}
