"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { AlertIcon, PlusIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import type { MediaCapabilities } from "@/lib/schemas/add-images";
import { plural } from "./messages";
import { PasteUrls } from "./paste-urls";
import { RowCard } from "./row-card";
import { formErrors } from "./payload";
import { initialState, isBlank, reducer } from "./state";
import { fromStored, STORAGE_KEY, toStored } from "./storage";
import { UploadDrop } from "./upload-drop";
import { useAutoProbe } from "./use-auto-probe";
import { useSubmit } from "./use-submit";
import { useUploads } from "./use-uploads";

/** The "Add images" page: rows from URLs and uploads, checked as typed, sent 50 at most at once. */
export function AddImagesForm({ capabilities }: { capabilities: MediaCapabilities }) {
  const [state, dispatch] = useReducer(reducer, undefined, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const getState = useCallback(() => stateRef.current, []);
  const [restored, setRestored] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const doneRef = useRef<HTMLHeadingElement>(null);

  const { addFiles, forget, previews } = useUploads(dispatch, capabilities.maxUploadBytes);
  const { send, submitting, message, setMessage } = useSubmit(getState, dispatch, {
    store: capabilities.store,
  });
  useAutoProbe(state.rows, dispatch);

  // Kept in session storage until everything is added: a reload or an accidental "Back" loses nothing.
  useEffect(() => {
    const saved = fromStored(window.sessionStorage.getItem(STORAGE_KEY));
    if (saved) dispatch({ type: "restore", state: saved });
    setRestored(true);
  }, []);
  const allAdded = state.rows.length > 0 && state.rows.every((r) => r.status === "added");
  useEffect(() => {
    if (!restored) return;
    const empty = state.rows.every(isBlank) && !state.pending;
    if (allAdded || empty) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(toStored(state)));
  }, [state, restored, allAdded]);

  useEffect(() => {
    if (allAdded) doneRef.current?.focus();
  }, [allAdded]);

  const errors = useMemo(() => formErrors(state), [state]);
  const toSend = state.rows.filter((r) => r.status !== "added" && !isBlank(r));
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
  const startOver = () => {
    dispatch({ type: "reset" });
    setMessage(null);
    setRefused([]);
  };

  if (allAdded) {
    const guids = added.map((r) => r.guid).filter(Boolean);
    return (
      <div className="mx-auto max-w-5xl space-y-6">
        <PageTitle />
        <div
          role="status"
          className="rounded-xl border border-emerald-200 bg-emerald-50 p-6 dark:border-emerald-500/30 dark:bg-emerald-400/10"
        >
          <h2
            ref={doneRef}
            tabIndex={-1}
            className="text-lg font-semibold text-emerald-900 outline-none dark:text-emerald-100"
          >
            {plural(added.length, "image")} added to your library
          </h2>
          <p className="mt-1 text-sm text-emerald-900/80 dark:text-emerald-100/80">
            They are in the grid now, with their thumbnails.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href={`/images?guids=${guids.join(",")}`} className={buttonClasses("primary")}>
              View the new images
            </Link>
            <Link href="/images" className={buttonClasses("secondary")}>
              Back to the library
            </Link>
            <Button variant="ghost" onClick={startOver}>
              Add more images
            </Button>
          </div>
        </div>
      </div>
    );
  }

  const busy = submitting;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageTitle />

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
            {added.length > 0 ? `, ${added.length} added` : ""} · up to 50 at once
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

function PageTitle() {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
          Add images
        </h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Register images hosted at a URL, or upload files. FinerWorks needs each file&apos;s name,
          size and pixel dimensions: they are filled in for you.
        </p>
      </div>
      <Link
        href="/images"
        className="text-sm font-medium text-brand-600 underline-offset-2 hover:underline dark:text-blue-300"
      >
        Back to the library
      </Link>
    </div>
  );
}
