import Link from "next/link";
import type { DuplicateMatch } from "@/lib/schemas/duplicates";
import { Button } from "@/components/ui/button";
import { formatDate, isoDay } from "@/components/ui/format";

const WHY: Record<DuplicateMatch["reason"], string> = {
  same_url: "the same hi-res URL",
  same_file: "the same file name and size",
  same_stem_and_pixels: "the same file name and pixel size",
};

/** "Possibly already in the library: <title> (added <date>)", with Keep and Remove. */
export function DuplicateWarning({
  match,
  onKeep,
  onRemove,
  disabled,
}: {
  match: DuplicateMatch;
  onKeep: () => void;
  onRemove: () => void;
  disabled?: boolean;
}) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-400/10 dark:text-amber-100">
      <p className="min-w-0 flex-1">
        Possibly already in the library:{" "}
        <Link
          href={`/images/${match.guid}`}
          target="_blank"
          className="font-medium underline underline-offset-2"
        >
          {match.title}
        </Link>{" "}
        (added <time dateTime={isoDay(match.date_added)}>{formatDate(match.date_added)}</time>),{" "}
        {WHY[match.reason]}.
      </p>
      <div className="flex gap-2">
        <Button size="sm" variant="ghost" onClick={onKeep} disabled={disabled}>
          Keep
        </Button>
        <Button size="sm" variant="secondary" onClick={onRemove} disabled={disabled}>
          Remove
        </Button>
      </div>
    </div>
  );
}
