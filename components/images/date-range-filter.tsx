"use client";

import { useState } from "react";
import { Field, Input } from "@/components/ui/field";
import { AlertIcon } from "@/components/ui/icons";

const DATE_RANGE_ERROR_ID = "filter-date-error";

/**
 * Typing a year digit by digit passes through valid dates (0002, 0020, 0202, 2024): only
 * plausible dates (or an empty field) reach the URL; until then the field keeps the typing.
 */
function committable(value: string): boolean {
  return value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && value >= "1900-01-01");
}

function DateInput({
  id,
  label,
  value,
  invalid,
  onCommit,
}: {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  onCommit: (value: string | undefined) => void;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The field follows the URL whenever the URL changes (back/forward, "Clear filters").
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  return (
    <Field label={label} htmlFor={id}>
      <Input
        id={id}
        type="date"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? DATE_RANGE_ERROR_ID : undefined}
        className="aria-invalid:border-red-600 dark:aria-invalid:border-red-400"
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (committable(next) && next !== value) onCommit(next || undefined);
        }}
        onBlur={() => {
          if (text !== value) setText(value);
        }}
      />
    </Field>
  );
}

/** "Uploaded from" and "Uploaded to", showing the URL's dates; a crossed range is an error on both. */
export function DateRangeFilter({
  from,
  to,
  error,
  onChange,
}: {
  from: string | undefined;
  to: string | undefined;
  error: string | undefined;
  onChange: (patch: { from?: string | undefined; to?: string | undefined }) => void;
}) {
  return (
    <>
      <DateInput
        id="filter-from"
        label="Uploaded from"
        value={from ?? ""}
        invalid={error !== undefined}
        onCommit={(v) => onChange({ from: v })}
      />
      <DateInput
        id="filter-to"
        label="Uploaded to"
        value={to ?? ""}
        invalid={error !== undefined}
        onCommit={(v) => onChange({ to: v })}
      />
      {error ? (
        <p
          id={DATE_RANGE_ERROR_ID}
          role="alert"
          className="col-span-full flex items-start gap-1.5 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 lg:order-last dark:border-red-800 dark:bg-red-950/60 dark:text-red-200"
        >
          <AlertIcon className="mt-0.5 size-4" />
          {error}
        </p>
      ) : null}
    </>
  );
}
