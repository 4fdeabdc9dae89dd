"use client";

import { useState } from "react";
import { ImageIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";

/** A small square preview; a file that fails to load falls back to an icon. */
export function RowThumb({ src, label }: { src: string | undefined; label: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const box =
    "flex size-16 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-slate-100 ring-1 ring-slate-200 dark:bg-slate-800 dark:ring-slate-700";
  if (!src || failed === src) {
    return (
      <div
        className={cn(box, "text-slate-400 dark:text-slate-500")}
        role="img"
        aria-label={`${label}: no preview yet`}
      >
        <ImageIcon className="size-6" />
      </div>
    );
  }
  return (
    <div className={box}>
      {/* A preview of the user's own URL or a local blob: URL of a file being uploaded; next/image
          cannot optimise either (any host, or no host at all). */}
      {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
      <img
        src={src}
        alt={`Preview of ${label}`}
        loading="lazy"
        decoding="async"
        onError={() => setFailed(src)}
        className="size-full object-cover"
      />
    </div>
  );
}
