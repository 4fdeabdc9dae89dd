"use client";

import { useLayoutEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { repairLists } from "./repair-lists";

// Basic formatting for the (already sanitised) product HTML without a typography plugin.
const richText =
  "text-sm text-slate-700 dark:text-slate-300 [&_a]:text-brand-600 [&_a]:underline dark:[&_a]:text-blue-300 " +
  "[&_p]:mb-1.5 [&_p:last-child]:mb-0 [&_ul]:ml-4 [&_ul]:list-disc [&_ol]:ml-4 [&_ol]:list-decimal [&_strong]:font-semibold [&_b]:font-semibold";

/** A product's description_long, as the server sanitised it. */
export function ProductHtml({ html, className }: { html: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) repairLists(ref.current);
  }, [html]);
  return (
    <div
      ref={ref}
      className={cn(richText, className)}
      // description_long was sanitised on the server (sanitize-html in lib/server/sanitize/sanitize.ts,
      // applied by listImagesForQuery for the API and the prefetch); no other field is rendered as HTML.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
