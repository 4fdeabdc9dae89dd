import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const tones = {
  info: "border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100",
  error:
    "border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100",
  warning:
    "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100",
};

/** A boxed message inside the inline editor (restored draft, failed save, conflict). */
export function EditorNotice({
  tone,
  role,
  children,
}: {
  tone: keyof typeof tones;
  role?: "alert";
  children: ReactNode;
}) {
  return (
    <div role={role} className={cn("rounded-lg border px-3 py-2 text-sm", tones[tone])}>
      {children}
    </div>
  );
}
