"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { LibraryName } from "@/lib/schemas/finerworks";
import { plural } from "./messages";
import { PageTitle } from "./page-title";
import type { Row } from "./types";

/** What the page shows once every row is added: where to go next. */
export function AddedScreen({
  added,
  library,
  onStartOver,
}: {
  added: Row[];
  library: LibraryName;
  onStartOver: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const guids = added.map((r) => r.guid).filter(Boolean);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageTitle />
      <div
        role="status"
        className="rounded-xl border border-emerald-200 bg-emerald-50 p-6 dark:border-emerald-500/30 dark:bg-emerald-400/10"
      >
        <h2
          ref={headingRef}
          tabIndex={-1}
          className="text-lg font-semibold text-emerald-900 outline-none dark:text-emerald-100"
        >
          {plural(added.length, "image")} added to your library
        </h2>
        <p className="mt-1 text-sm text-emerald-900/80 dark:text-emerald-100/80">
          They are in the grid now, with their thumbnails.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link
            href={`/images?library=${library}&guids=${guids.join(",")}`}
            className={buttonClasses("primary")}
          >
            View the new images
          </Link>
          <Link href={`/images?library=${library}`} className={buttonClasses("secondary")}>
            Back to the library
          </Link>
          <Button variant="ghost" onClick={onStartOver}>
            Add more images
          </Button>
        </div>
      </div>
    </div>
  );
}
