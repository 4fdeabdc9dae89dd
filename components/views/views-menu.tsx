"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { imageQuery, parseImageQueryLenient, type ImageQuery } from "@/lib/schemas/image-query";
import type { SavedView } from "@/lib/schemas/views";
import {
  deleteSavedView,
  refreshSavedViews,
  savedViewsOptions,
  startLibraryScan,
  viewCountsOptions,
} from "@/lib/queries/views";
import { viewKeys } from "@/lib/resources/view-keys";
import { SNAPSHOT_VIEWS, VIEW_LABELS, type SnapshotView } from "@/lib/triage/view-names";
import { showToast } from "@/components/ui/toast-store";
import { cn } from "@/components/ui/cn";
import { formatCount } from "@/components/ui/format";
import { formatAsOf } from "./as-of";

const ITEM =
  "flex w-full items-center justify-between gap-3 rounded-md px-2.5 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800";
const HEADING =
  "px-2.5 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400";

function Item({
  onSelect,
  children,
  className,
  label,
}: {
  onSelect: () => void;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      aria-label={label}
      onClick={onSelect}
      className={cn(ITEM, className)}
    >
      {children}
    </button>
  );
}

function Count({ value }: { value: number | undefined }) {
  return (
    <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
      {value === undefined ? "—" : formatCount(value)}
    </span>
  );
}

/** A query with every filter cleared and `patch` applied (sort and page size kept). */
function viewQuery(query: ImageQuery, patch: Partial<ImageQuery>): Partial<ImageQuery> {
  return { ...imageQuery.withoutFilters(query), guids: undefined, page: 1, ...patch };
}

export function ViewsMenu({
  query,
  onApply,
  onRename,
  onSave,
  onClose,
}: {
  query: ImageQuery;
  onApply: (patch: Partial<ImageQuery>) => void;
  onRename: (id: string, name: string) => void;
  onSave: () => void;
  onClose: (refocus?: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const counts = useQuery(viewCountsOptions());
  const saved = useQuery(savedViewsOptions());
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.parentElement?.contains(target)) onClose(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [onClose]);

  function onKeyDown(event: KeyboardEvent) {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === "ArrowDown") go(at + 1);
    else if (event.key === "ArrowUp") go(at - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(items.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") onClose(event.key === "Escape");
    else return;
    event.preventDefault();
  }

  const snapshotCount = (view: SnapshotView) => counts.data?.counts?.[view];
  const open = (view: SavedView) =>
    onApply(parseImageQueryLenient(new URLSearchParams(view.search)));
  const copyLink = async (view: SavedView) => {
    const url = `${window.location.origin}/images?${view.search}`;
    try {
      await navigator.clipboard.writeText(url);
      showToast({ tone: "success", message: `Link to "${view.name}" copied`, durationMs: 4000 });
    } catch {
      showToast({ tone: "info", message: "Copy this link", detail: url });
    }
    onClose();
  };
  const remove = async (view: SavedView) => {
    try {
      await deleteSavedView(view.id);
      await refreshSavedViews(queryClient);
      showToast({ tone: "success", message: `Deleted "${view.name}"`, durationMs: 4000 });
    } catch (error) {
      showToast({
        tone: "error",
        message: "Could not delete the view",
        detail: error instanceof Error ? error.message : undefined,
      });
    }
  };

  const refresh = async () => {
    try {
      // Clicked before the counts arrived: who may scan is in them.
      const current = counts.data ?? (await queryClient.fetchQuery(viewCountsOptions()));
      if (current.can_refresh) await startLibraryScan();
    } catch (error) {
      showToast({
        tone: "error",
        message: "Could not start a scan of the library",
        detail: error instanceof Error ? error.message : undefined,
      });
    }
    await queryClient.invalidateQueries({ queryKey: viewKeys.counts });
  };
  const asOf = counts.data?.as_of;
  return (
    <div
      ref={menu}
      role="menu"
      aria-label="Views"
      onKeyDown={onKeyDown}
      className="absolute top-full right-0 z-30 mt-2 max-h-[70vh] w-80 max-w-[calc(100vw-2rem)] overflow-y-auto rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      <p role="presentation" className={HEADING}>
        Built-in views
      </p>
      {SNAPSHOT_VIEWS.slice(0, 3).map((view) => (
        <Item key={view} onSelect={() => onApply(viewQuery(query, { triage: view }))}>
          {VIEW_LABELS[view]} <Count value={snapshotCount(view)} />
        </Item>
      ))}
      <Item onSelect={() => onApply(viewQuery(query, { active: false }))}>
        {VIEW_LABELS.inactive} <Count value={counts.data?.inactive} />
      </Item>
      <Item onSelect={() => onApply(viewQuery(query, { triage: "with-products" }))}>
        {VIEW_LABELS["with-products"]} <Count value={snapshotCount("with-products")} />
      </Item>
      <div
        role="presentation"
        className="flex items-center justify-between gap-2 px-2.5 py-1.5 text-xs text-slate-500 dark:text-slate-400"
      >
        <span>
          {counts.isError
            ? "Counts could not be loaded."
            : counts.data?.scanning
              ? "Scanning the library…"
              : asOf
                ? `As of ${formatAsOf(asOf)}`
                : counts.isPending
                  ? "Counting…"
                  : "No snapshot of the library yet."}
        </span>
      </div>
      <Item onSelect={() => void refresh()} className="text-brand-600 dark:text-blue-300">
        Refresh
      </Item>
      <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
      <p role="presentation" className={HEADING}>
        Saved views
      </p>
      {saved.data?.length === 0 ? (
        <p role="presentation" className="px-2.5 py-1.5 text-sm text-slate-500 dark:text-slate-400">
          None yet: set a search, filters and sort, then Save view.
        </p>
      ) : null}
      {saved.data?.map((view) => (
        <div key={view.id} role="presentation" className="flex items-center gap-0.5">
          <Item onSelect={() => open(view)} className="min-w-0 flex-1">
            <span className="truncate">{view.name}</span>
          </Item>
          <Item
            label={`Rename ${view.name}`}
            onSelect={() => onRename(view.id, view.name)}
            className="w-auto shrink-0 text-xs"
          >
            Rename
          </Item>
          <Item
            label={`Copy link to ${view.name}`}
            onSelect={() => void copyLink(view)}
            className="w-auto shrink-0 text-xs"
          >
            Copy link
          </Item>
          <Item
            label={`Delete ${view.name}`}
            onSelect={() => void remove(view)}
            className="w-auto shrink-0 text-xs text-red-700 dark:text-red-300"
          >
            Delete
          </Item>
        </div>
      ))}
      <Item onSelect={onSave}>Save current view…</Item>
    </div>
  );
}
