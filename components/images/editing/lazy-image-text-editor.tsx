"use client";

import { lazy, Suspense } from "react";
import type { ImageTextEditorProps } from "./image-text-editor";

// The editor (form, dialog, conflict view, save logic) loads on the first "Edit" press or
// hover, keeping it out of the library's first load for everyone.
const load = () => import("./image-text-editor");
const Editor = lazy(load);

let preloaded = false;
export function preloadImageTextEditor(): void {
  if (preloaded) return;
  preloaded = true;
  void load();
}

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
