import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";

/** Page title and the "Add images" action (every role may add). */
export function LibraryHeader() {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
          Image library
        </h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Your FinerWorks images and the print products made from them.
        </p>
      </div>
      <Link href="/images/new" prefetch={false} className={buttonClasses("primary")}>
        <PlusIcon className="size-4" />
        Add images
      </Link>
    </div>
  );
}
