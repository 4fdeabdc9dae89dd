"use client";

import { useEffect, useId, useRef, useState } from "react";
import { PRODUCT_FLAGS, type ProductQuery, type ProductSummary } from "@/lib/schemas/products";
import { SearchBox } from "@/components/ui/search-box";
import { Field, Select, controlClasses } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FLAG_INFO } from "./flags";
import { ColumnChooser } from "./column-chooser";

const NUMBER_DEBOUNCE_MS = 500;

/** A number filter that reaches the URL after a pause (or on Enter/blur); empty clears it. */
function NumberFilter({
  label,
  value,
  onChange,
  min,
  max,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min: number;
  max: number;
}) {
  const id = useId();
  const urlText = value === undefined ? "" : String(value);
  const [text, setText] = useState(urlText);
  const [seen, setSeen] = useState(urlText);
  if (urlText !== seen) {
    setSeen(urlText);
    setText(urlText);
  }
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const parsed = text.trim() === "" ? undefined : Number(text);
  const valid = parsed === undefined || (Number.isFinite(parsed) && parsed >= min && parsed <= max);
  const commit = () => {
    if (valid && parsed !== value) onChange(parsed);
  };
  useEffect(() => {
    if (!valid || parsed === value) return;
    const timer = window.setTimeout(() => onChangeRef.current(parsed), NUMBER_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [parsed, valid, value]);
  return (
    <Field label={label} htmlFor={id} className="w-32">
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        min={min}
        max={max}
        value={text}
        aria-invalid={!valid || undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
        className={cn(controlClasses, !valid && "border-red-600 dark:border-red-400")}
      />
    </Field>
  );
}

export function ProductFilters({
  query,
  summary,
  hidden,
  update,
  setHidden,
}: {
  query: ProductQuery;
  summary: ProductSummary | undefined;
  hidden: ReadonlySet<string>;
  update: (patch: Partial<ProductQuery>, options?: { replace?: boolean }) => void;
  setHidden: (hidden: ReadonlySet<string>) => void;
}) {
  const flagId = useId();
  const typeId = useId();
  const types = summary?.types ?? [];
  const filtered =
    query.q || query.type || query.flag || query.margin_below !== undefined
      ? true
      : query.price_min !== undefined || query.price_max !== undefined;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <span className="text-xs font-medium text-slate-600 dark:text-slate-400" aria-hidden="true">
          Search
        </span>
        <SearchBox
          value={query.q ?? ""}
          onSearch={(q) => update({ q: q || undefined }, { replace: true })}
          label="Search products"
          placeholder="Image title, SKU, product code or name"
        />
      </div>
      <Field label="Flag" htmlFor={flagId} className="w-44">
        <Select
          id={flagId}
          value={query.flag ?? ""}
          onChange={(e) => update({ flag: (e.target.value || undefined) as ProductQuery["flag"] })}
          options={[
            { value: "", label: "Any flag" },
            ...PRODUCT_FLAGS.map((flag) => ({ value: flag, label: FLAG_INFO[flag].label })),
          ]}
        />
      </Field>
      <Field label="Type" htmlFor={typeId} className="w-48">
        <Select
          id={typeId}
          value={query.type ?? ""}
          onChange={(e) => update({ type: e.target.value || undefined })}
          options={[
            { value: "", label: "Any type" },
            ...(query.type && !types.some((t) => t.type === query.type)
              ? [{ value: query.type, label: query.type }]
              : []),
            ...types.map((t) => ({ value: t.type, label: `${t.type} (${t.count})` })),
          ]}
        />
      </Field>
      <NumberFilter
        label="Margin below %"
        value={query.margin_below}
        min={-100000}
        max={100}
        onChange={(margin_below) => update({ margin_below }, { replace: true })}
      />
      <NumberFilter
        label="Price from"
        value={query.price_min}
        min={0}
        max={10_000_000}
        onChange={(price_min) => update({ price_min }, { replace: true })}
      />
      <NumberFilter
        label="Price to"
        value={query.price_max}
        min={0}
        max={10_000_000}
        onChange={(price_max) => update({ price_max }, { replace: true })}
      />
      <ColumnChooser hidden={hidden} setHidden={setHidden} />
      {filtered ? (
        <Button
          variant="ghost"
          onClick={() =>
            update({
              q: undefined,
              type: undefined,
              flag: undefined,
              margin_below: undefined,
              price_min: undefined,
              price_max: undefined,
            })
          }
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
