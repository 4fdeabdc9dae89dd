import { cn } from "@/components/ui/cn";

/** An image's plain-text description (never HTML), or a quiet "No description". */
export function ImageDescription({ text, className }: { text: string; className?: string }) {
  return (
    <p
      className={cn(
        "min-w-0 break-words whitespace-pre-line text-slate-600 dark:text-slate-400",
        className,
      )}
    >
      {text ? (
        text
      ) : (
        <span className="text-slate-500 italic dark:text-slate-400">No description</span>
      )}
    </p>
  );
}
