import type { ImageText } from "@/lib/editing/drafts";
import { Button } from "@/components/ui/button";
import { EditorNotice } from "./editor-notice";

function Version({ heading, text }: { heading: string; text: ImageText }) {
  return (
    <section
      aria-label={heading}
      className="min-w-0 rounded-md bg-white/70 p-2 dark:bg-slate-900/60"
    >
      <h4 className="text-xs font-semibold tracking-wide uppercase opacity-80">{heading}</h4>
      <dl className="mt-1 space-y-1">
        <div>
          <dt className="sr-only">Title</dt>
          <dd className="font-medium break-words">
            {text.title || <em className="opacity-70">No title</em>}
          </dd>
        </div>
        <div>
          <dt className="sr-only">Description</dt>
          <dd className="line-clamp-4 break-words whitespace-pre-line">
            {text.description || <em className="opacity-70">No description</em>}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Someone else saved first: both versions side by side, and nothing is written without a choice. */
export function ConflictView({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: ImageText;
  theirs: ImageText;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <EditorNotice tone="warning" role="alert">
      <p className="font-medium">
        Someone else changed this image while you were editing. Nothing was saved.
      </p>
      {/* Side by side where the editor is wide (image page, list row), stacked in a card. */}
      <div className="mt-2 grid gap-2 @sm:grid-cols-2">
        <Version heading="Your version" text={mine} />
        <Version heading="Their version (now on FinerWorks)" text={theirs} />
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={onKeepMine}>
          Keep mine
        </Button>
        <Button size="sm" onClick={onTakeTheirs}>
          Take theirs
        </Button>
      </div>
    </EditorNotice>
  );
}
