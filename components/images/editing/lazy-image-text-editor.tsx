"use client";

import { Suspense } from "react";
import { lazyWithPreload } from "@/components/ui/lazy-with-preload";
import type { ImageTextEditorProps } from "./image-text-editor";

// The editor (form, dialog, conflict view, save logic) loads on the first "Edit" press or
// hover, keeping it out of the library's first load for everyone.
const { Component: Editor, preload: preloadImageTextEditor } = lazyWithPreload(() =>
  import("./image-text-editor").then((m) => m.default),
);
export { preloadImageTextEditor };

export function LazyImageTextEditor(props: ImageTextEditorProps) {
  return (
    <Suspense
      fallback={
        <div
          aria-busy="true"
          className="h-40 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800"
        />
      }
    >
      <Editor {...props} />
    </Suspense>
  );
}
