"use client";

import { useCallback, useMemo, useReducer, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { AlertIcon, PlusIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import type { LibraryName } from "@/lib/schemas/finerworks";
import type { MediaCapabilities } from "@/lib/schemas/add-images";
import { AddedScreen } from "./added-screen";
import { DropOverlay } from "./drop-overlay";
import { LibrarySelect } from "./library-select";
import { plural } from "./messages";
import { PageTitle } from "./page-title";
import { PasteUrls } from "./paste-urls";
import { RowCard } from "./row-card";
import { unreadable } from "./row-readiness";
import { formErrors } from "./payload";
import { initialState, isBlank, reducer } from "./state";
import { UploadDrop } from "./upload-drop";
import { useAutoProbe } from "./use-auto-probe";
import { usePageFiles } from "./use-page-files";
import { useSubmit } from "./use-submit";
import { useStoredForm } from "./use-stored-form";
import { useUploads } from "./use-uploads";
import { useDuplicateCheck } from "@/components/duplicates/use-duplicate-check";

/** The "Add images" page: rows from URLs and uploads, checked as typed, sent 50 at most at once. */
export function AddImagesForm({
  capabilities,
  defaultLibrary,
}: {
  capabilities: MediaCapabilities;
  defaultLibrary: LibraryName;
}) {
  const [state, dispatch] = useReducer(reducer, undefined, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const getState = useCallback(() => stateRef.current, []);
  const [refused, setRefused] = useState<string[]>([]);
  const [library, setLibrary] = useState<LibraryName>(defaultLibrary);

  const { addFiles, forget, previews } = useUploads(dispatch, capabilities.maxUploadBytes);
  const { send, submitting, message, setMessage } = useSubmit(getState, dispatch, {
    store: capabilities.store,
    library,
  });
  useAutoProbe(state.rows, dispatch);
  const duplicates = useDuplicateCheck(state.rows);

  useStoredForm(state, dispatch);
  const allAdded = state.rows.length > 0 && state.rows.every((r) => r.status === "added");

  const errors = useMemo(() => formErrors(state), [state]);
  // A row whose URL could not be read waits until it is fixed or filled in by hand.
  const held = state.rows.filter((r) => r.status === "draft" && unreadable(r));
  const toSend = state.rows.filter((r) => r.status !== "added" && !isBlank(r) && !held.includes(r));
  const failed = state.rows.filter((r) => r.status === "failed");
  const added = state.rows.filter((r) => r.status === "added");

  const onRemove = useCallback(
    (id: string) => {
      forget(id);
      dispatch({ type: "remove-row", id });
    },
    [forget],
  );
  const onFiles = async (files: File[]) => setRefused(await addFiles(files));
  const dragging = usePageFiles((files) => void onFiles(files), capabilities.store && !submitting);
  const startOver = () => {
    dispatch({ type: "reset" });
    setMessage(null);
    setRefused([]);
  };

  if (allAdded) return <AddedScreen added={added} library={library} onStartOver={startOver} />;

  const busy = submitting;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageTitle />
      {dragging ? <DropOverlay /> : null}
      <LibrarySelect value={library} onChange={setLibrary} disabled={busy} />

      <div className={cn("grid gap-4", capabilities.store && "lg:grid-cols-2")}>
        <PasteUrls onUrls={(urls) => dispatch({ type: "add-urls", urls })} disabled={busy} />
        {capabilities.store ? (
          <UploadDrop
            onFiles={(files) => void onFiles(files)}
            maxBytes={capabilities.maxUploadBytes}
            disabled={busy}
          />
        ) : null}
      </div>
      {!capabilities.store ? (
        <p className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          File upload is not set up on this server, so images are added by URL only, and each
          image&apos;s hi-res URL is also used as its thumbnail and preview unless you give others.
        </p>
      ) : null}

      {state.notice || refused.length > 0 ? (
        <div
          role="alert"
          className="space-y-1 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:bg-amber-400/10 dark:text-amber-100"
        >
          {state.notice ? <p>{state.notice}</p> : null}
          {refused.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      ) : null}

      <section aria-labelledby="rows-title" className="space-y-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="rows-title" className="text-base font-semibold text-slate-900 dark:text-white">
            Images to add
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {plural(toSend.length, "image")}
            {added.length > 0 ? `, ${added.length} added` : ""}
            {held.length > 0 ? `, ${held.length} to fix` : ""} · up to 50 at once
          </p>
        </div>
        <ol className="space-y-3">
          {state.rows.map((row, index) => (
            <RowCard
              key={row.id}
              row={row}
              index={index}
              errors={errors.get(row.id)?.shown ?? {}}
              localPreview={previews[row.id]}
              store={capabilities.store}
              dispatch={dispatch}
              onRemove={onRemove}
              duplicate={duplicates.byRow.get(row.id)}
              onKeepDuplicate={duplicates.keep}
            />
          ))}
        </ol>
        <Button
          onClick={() => dispatch({ type: "add-row" })}
          disabled={busy || state.rows.length >= 50}
        >
          <PlusIcon />
          Add row
        </Button>
      </section>

      <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 dark:border-slate-800 dark:bg-slate-950/95">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <div aria-live="polite" className="min-w-0 flex-1 text-sm">
            {message ? (
              <p
                role={message.tone === "error" ? "alert" : undefined}
                className={cn(
                  "flex items-start gap-2",
                  message.tone === "error"
                    ? "text-rose-700 dark:text-rose-300"
                    : "text-slate-700 dark:text-slate-300",
                )}
              >
                {message.tone === "error" ? <AlertIcon className="mt-0.5 size-4 shrink-0" /> : null}
                <span>{message.text}</span>
              </p>
            ) : submitting ? (
              <p className="text-slate-600 dark:text-slate-400">
                Adding images to FinerWorks, five per call…
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2 sm:justify-end">
            {failed.length > 0 ? (
              <Button onClick={() => void send(failed.map((r) => r.id))} disabled={busy}>
                Retry failed
              </Button>
            ) : null}
            <Button
              variant="primary"
              onClick={() => void send(toSend.map((r) => r.id))}
              disabled={busy || toSend.length === 0}
              className="min-w-36"
            >
              {submitting ? <Spinner /> : null}
              {submitting
                ? `Adding ${plural(toSend.length, "image")}…`
                : toSend.length > 0
                  ? `Add ${plural(toSend.length, "image")}`
                  : "Add images"}
            </Button>
          </div>
        </div>
      </div>
    </div>
  );
}
