"use client";

import { useId } from "react";
import type { BulkField, BulkOperation, OperationKind } from "@/lib/bulk/operations";
import { Field, Input, Select } from "@/components/ui/field";

export interface OperationDraft {
  field: BulkField;
  kind: OperationKind;
  find: string;
  replace: string;
  matchCase: boolean;
  wholeWords: boolean;
  regex: boolean;
  /** The prefix, suffix or whole new text. */
  text: string;
}

export const INITIAL_DRAFT: OperationDraft = {
  field: "title",
  kind: "find_replace",
  find: "",
  replace: "",
  matchCase: false,
  wholeWords: false,
  regex: false,
  text: "",
};

const FIELDS = [
  { value: "title", label: "Title" },
  { value: "description", label: "Description" },
  { value: "both", label: "Title and description" },
];

const OPERATIONS: { value: OperationKind; label: string }[] = [
  { value: "find_replace", label: "Find and replace" },
  { value: "prefix", label: "Add prefix" },
  { value: "suffix", label: "Add suffix" },
  { value: "replace_all", label: "Replace whole text" },
  { value: "trim", label: "Trim and collapse spaces" },
  { value: "title_case", label: "Title Case" },
  { value: "file_name_title", label: "Use file name as title" },
];

const TEXT_LABEL: Partial<Record<OperationKind, string>> = {
  prefix: "Prefix",
  suffix: "Suffix",
  replace_all: "New text",
};

export function toOperation(draft: OperationDraft): BulkOperation {
  switch (draft.kind) {
    case "find_replace":
      return {
        kind: "find_replace",
        find: draft.find,
        replace: draft.replace,
        matchCase: draft.matchCase,
        wholeWords: draft.wholeWords,
        regex: draft.regex,
      };
    case "prefix":
    case "suffix":
    case "replace_all":
      return { kind: draft.kind, text: draft.text };
    default:
      return { kind: draft.kind };
  }
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-4 accent-brand-600"
      />
      {label}
    </label>
  );
}

/** What to change and how: the field, the operation and its inputs. */
export function OperationForm({
  draft,
  onChange,
  error,
  disabled,
}: {
  draft: OperationDraft;
  onChange: (draft: OperationDraft) => void;
  error: string | null;
  disabled: boolean;
}) {
  const id = useId();
  const set = (patch: Partial<OperationDraft>) => onChange({ ...draft, ...patch });
  const textLabel = TEXT_LABEL[draft.kind];
  return (
    <fieldset disabled={disabled} className="grid gap-3 sm:grid-cols-2">
      <legend className="sr-only">Change</legend>
      <Field label="Field" htmlFor={`${id}-field`}>
        <Select
          id={`${id}-field`}
          value={draft.field}
          options={FIELDS}
          onChange={(e) => set({ field: e.target.value as BulkField })}
        />
      </Field>
      <Field label="Operation" htmlFor={`${id}-op`}>
        <Select
          id={`${id}-op`}
          value={draft.kind}
          options={OPERATIONS}
          onChange={(e) => set({ kind: e.target.value as OperationKind })}
        />
      </Field>
      {draft.kind === "find_replace" ? (
        <>
          <Field label="Find" htmlFor={`${id}-find`}>
            <Input
              id={`${id}-find`}
              value={draft.find}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => set({ find: e.target.value })}
            />
          </Field>
          <Field label="Replace with" htmlFor={`${id}-replace`}>
            <Input
              id={`${id}-replace`}
              value={draft.replace}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => set({ replace: e.target.value })}
            />
          </Field>
          <div className="flex flex-wrap gap-x-5 gap-y-2 sm:col-span-2">
            <Check
              label="Match case"
              checked={draft.matchCase}
              onChange={(v) => set({ matchCase: v })}
            />
            <Check
              label="Whole words"
              checked={draft.wholeWords}
              onChange={(v) => set({ wholeWords: v })}
            />
            <Check
              label="Regular expression"
              checked={draft.regex}
              onChange={(v) => set({ regex: v })}
            />
          </div>
          {error ? (
            <p
              id={`${id}-error`}
              role="alert"
              className="text-sm font-medium text-red-700 sm:col-span-2 dark:text-red-300"
            >
              {error}
            </p>
          ) : null}
        </>
      ) : textLabel ? (
        <Field label={textLabel} htmlFor={`${id}-text`} className="sm:col-span-2">
          <Input
            id={`${id}-text`}
            value={draft.text}
            autoComplete="off"
            onChange={(e) => set({ text: e.target.value })}
          />
        </Field>
      ) : null}
    </fieldset>
  );
}
