import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

interface RowFieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A labelled control with its inline error (announced through aria-describedby). */
export function RowField({ id, label, error, hint, required, className, children }: RowFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-rose-600 dark:text-rose-400">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {children(describedBy, Boolean(error))}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-rose-700 dark:text-rose-300">
          {label} {error}
        </p>
      ) : hint ? (
        <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const invalidClasses =
  "border-rose-500 focus:border-rose-500 focus:outline-rose-500/40 dark:border-rose-400";

export function RowInput({
  invalid,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { invalid: boolean }) {
  return (
    <input
      aria-invalid={invalid || undefined}
      className={cn(controlClasses, invalid && invalidClasses, className)}
      {...props}
    />
  );
}

export function RowTextarea({
  invalid,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid: boolean }) {
  return (
    <textarea
      aria-invalid={invalid || undefined}
      className={cn(
        controlClasses,
        "h-auto min-h-10 resize-y py-2 leading-snug",
        invalid && invalidClasses,
        className,
      )}
      {...props}
    />
  );
}
