import { wordDiff } from "@/lib/history/word-diff";

/** One field before -> after, the words that changed marked (removed struck, added underlined). */
export function TextDiff({
  label,
  before,
  after,
}: {
  label: string;
  before: string | null;
  after: string | null;
}) {
  const empty = !before && !after;
  return (
    <div className="text-sm">
      <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="break-words whitespace-pre-line">
        {empty ? <span className="text-slate-500 italic">empty</span> : null}
        <DiffParts before={before ?? ""} after={after ?? ""} />
      </dd>
    </div>
  );
}

/** The words of before -> after, removed ones struck and added ones marked, in one run of text. */
export function DiffParts({ before, after }: { before: string; after: string }) {
  const parts = wordDiff(before, after);
  return parts.map((part, i) =>
    part.kind === "same" ? (
      <span key={i}>{part.text}</span>
    ) : part.kind === "removed" ? (
      <del
        key={i}
        className="rounded-sm bg-red-100 text-red-900 decoration-red-700 dark:bg-red-500/20 dark:text-red-100 dark:decoration-red-300"
      >
        <span className="sr-only">[removed: </span>
        {part.text}
        <span className="sr-only">]</span>
      </del>
    ) : (
      <ins
        key={i}
        className="rounded-sm bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-500/20 dark:text-emerald-100"
      >
        <span className="sr-only">[added: </span>
        {part.text}
        <span className="sr-only">]</span>
      </ins>
    ),
  );
}
