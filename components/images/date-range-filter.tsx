"use client";

import { useState } from "react";
import { Field, Input } from "@/components/ui/field";

/**
 * Typing a year digit by digit passes through valid dates (0002, 0020, 0202, 2024): only
 * plausible dates (or an empty field) reach the URL.
 */
function committable(value: string): boolean {
  return value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && value >= "1900-01-01");
}

function DateInput({
  id,
  label,
  value,
  min,
  max,
  onCommit,
}: {
  id: string;
  label: string;
  value: string;
  min?: string;
  max?: string;
  onCommit: (value: string | undefined) => void;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
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
        min={min}
        max={max}
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

export function DateRangeFilter({
  from,
  to,
  onChange,
}: {
  from: string | undefined;
  to: string | undefined;
  onChange: (patch: { from?: string | undefined; to?: string | undefined }) => void;
}) {
  return (
    <>
      <DateInput
        id="filter-from"
        label="Uploaded from"
        value={from ?? ""}
        max={to}
        onCommit={(v) => onChange({ from: v })}
      />
      <DateInput
        id="filter-to"
        label="Uploaded to"
        value={to ?? ""}
        min={from}
        onCommit={(v) => onChange({ to: v })}
      />
    </>
  );
}
