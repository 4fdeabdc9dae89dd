import Link from "next/link";
import type { ReactNode } from "react";
import type { ActivityEntry } from "@/lib/schemas/activity";
import { plural } from "@/components/ui/format";
import { OutcomeBadge } from "./outcome-badge";
import { TextDiff } from "@/components/ui/text-diff";

const ACTION_TEXT: Record<ActivityEntry["action"], string> = {
  "image.add": "Added",
  "image.update": "Edited",
  "image.restore": "Restored text of",
};

function when(at: string) {
  return new Date(at).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
}

/** One change: who, when, what, the words changed, how it ended; `actions` adds buttons. */
export function ActivityEntryItem({
  entry,
  linkImage = true,
  actions,
}: {
  entry: ActivityEntry;
  linkImage?: boolean;
  actions?: ReactNode;
}) {
  const title = entry.image.title || "Untitled image";
  const before = entry.before ?? { title: null, description: null };
  const after = entry.after ?? { title: null, description: null };
  const titleChanged = entry.action === "image.add" || before.title !== after.title;
  const descriptionChanged =
    entry.action === "image.add"
      ? Boolean(after.description)
      : before.description !== after.description;
  return (
    <li className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="font-medium">{entry.actor.name}</span>
        <span className="text-slate-600 dark:text-slate-400">{ACTION_TEXT[entry.action]}</span>
        {linkImage && entry.image.guid ? (
          <Link
            href={`/images/${encodeURIComponent(entry.image.guid)}`}
            className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-blue-300"
          >
            {title}
          </Link>
        ) : (
          <span className="font-medium">{title}</span>
        )}
        <OutcomeBadge entry={entry} />
        <time dateTime={entry.at} className="ml-auto text-xs text-slate-600 dark:text-slate-400">
          {when(entry.at)}
        </time>
      </div>
      {titleChanged || descriptionChanged ? (
        <dl className="space-y-1.5 rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-950/60">
          {titleChanged ? (
            <TextDiff label="Title" before={before.title} after={after.title} />
          ) : null}
          {descriptionChanged ? (
            <TextDiff label="Description" before={before.description} after={after.description} />
          ) : null}
        </dl>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>
          {entry.actor.email} · {entry.actor.role}
        </span>
        {entry.removed_products_count > 0 ? (
          <span>{plural(entry.removed_products_count, "product")} removed</span>
        ) : null}
        {entry.reference_id ? (
          <span>
            Reference <span className="font-mono">{entry.reference_id}</span>
          </span>
        ) : null}
        {entry.batch_id ? (
          <Link
            href={`/activity?batch=${entry.batch_id}`}
            className="underline-offset-2 hover:underline"
          >
            Same request
          </Link>
        ) : null}
        {actions ? <span className="ml-auto">{actions}</span> : null}
      </div>
    </li>
  );
}
