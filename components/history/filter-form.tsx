import Link from "next/link";
import { Field, Input, Select, type SelectOption } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";

export interface FilterField {
  name: string;
  label: string;
  type?: "text" | "email" | "date";
  options?: readonly SelectOption[];
  placeholder?: string;
}

/** A plain GET form: the filters live in the page URL, so a filtered view can be shared. */
export function FilterForm({
  action,
  fields,
  values,
  label,
}: {
  action: string;
  fields: readonly FilterField[];
  values: Record<string, string>;
  label: string;
}) {
  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      className="grid grid-cols-1 items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7 dark:border-slate-800 dark:bg-slate-900"
    >
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        return (
          <Field key={field.name} label={field.label} htmlFor={id}>
            {field.options ? (
              <Select
                id={id}
                name={field.name}
                defaultValue={values[field.name] ?? ""}
                options={field.options}
              />
            ) : (
              <Input
                id={id}
                name={field.name}
                type={field.type ?? "text"}
                placeholder={field.placeholder}
                defaultValue={values[field.name] ?? ""}
              />
            )}
          </Field>
        );
      })}
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary")}>
          Filter
        </button>
        <Link href={action} className={buttonClasses()}>
          Clear
        </Link>
      </div>
    </form>
  );
}

/** The filters present in the URL, as strings, in the order of `names`; empty ones dropped. */
export function pickFilters(
  searchParams: Record<string, string | string[] | undefined>,
  names: readonly string[],
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const raw = searchParams[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value?.trim()) picked[name] = value.trim();
  }
  return picked;
}
