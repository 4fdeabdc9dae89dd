// Two rows for the same file would add it twice: flagged on both rows, whatever else is wrong.
import type { Row, RowErrors } from "./types";

/** Rows sharing a hi-res URL or a file name (case-insensitive): each copy is flagged. */
export function duplicateErrors(rows: readonly Row[]): Map<string, RowErrors> {
  const result = new Map<string, RowErrors>();
  const check = (field: "private_hires_uri" | "file_name", normalise: (s: string) => string) => {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const value = normalise(row.fields[field]);
      if (value === "") return;
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, index);
        return;
      }
      const flag = (at: number, other: number) => {
        const id = rows[at]!.id;
        const errors = result.get(id) ?? {};
        errors[field] ??= `is also used by image ${other + 1}`;
        result.set(id, errors);
      };
      flag(index, first);
      flag(first, index);
    });
  };
  check("private_hires_uri", (s) => s.trim());
  check("file_name", (s) => s.trim().toLowerCase());
  return result;
}
