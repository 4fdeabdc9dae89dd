"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { imageQueryToSearchParams, type ImageQuery } from "@/lib/schemas/image-query";
import { createSavedView, refreshSavedViews, renameSavedView } from "@/lib/queries/views";
import { Button } from "@/components/ui/button";
import { showToast } from "@/components/ui/toast-store";
import type { Panel } from "./views-panel";

/** "View name" for saving the current search, filters and sort, or renaming a saved view. */
export function ViewNameForm({
  panel,
  query,
  onClose,
}: {
  panel: Exclude<Panel, { kind: "menu" }>;
  query: ImageQuery;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(panel.kind === "rename" ? panel.name : "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.select(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (panel.kind === "rename") await renameSavedView(panel.id, name);
      else await createSavedView(name, imageQueryToSearchParams({ ...query, page: 1 }).toString());
      await refreshSavedViews(queryClient);
      showToast({
        tone: "success",
        message: panel.kind === "rename" ? `Renamed to "${name.trim()}"` : `Saved "${name.trim()}"`,
        durationMs: 4000,
      });
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not save the view.");
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
      aria-label={panel.kind === "rename" ? "Rename view" : "Save view"}
      className="absolute top-full right-0 z-30 mt-2 w-72 space-y-2 rounded-xl border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-100">
        View name
      </label>
      <input
        ref={input}
        id={id}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={80}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="primary" size="sm" type="submit" disabled={busy || !name.trim()}>
          {panel.kind === "rename" ? "Rename" : "Save"}
        </Button>
      </div>
    </form>
  );
}
