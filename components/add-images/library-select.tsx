import type { LibraryName } from "@/lib/schemas/finerworks";
import { Select } from "@/components/ui/field";

const OPTIONS = [
  { value: "inventory", label: "Inventory (kept, can have products)" },
  { value: "temporary", label: "Temporary (removed after a while)" },
];

/** Which FinerWorks library the images go to (the server's configured one first). */
export function LibrarySelect({
  value,
  onChange,
  disabled,
}: {
  value: LibraryName;
  onChange: (library: LibraryName) => void;
  disabled?: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <label
        htmlFor="add-library"
        className="text-sm font-medium text-slate-800 dark:text-slate-200"
      >
        Library
      </label>
      <div className="w-full max-w-sm">
        <Select
          id="add-library"
          value={value}
          options={OPTIONS}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as LibraryName)}
        />
      </div>
    </div>
  );
}
