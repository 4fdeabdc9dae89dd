"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useState, type Dispatch } from "react";
import { addImagesOptions, generateThumbnails } from "@/lib/queries/add-images";
import type { LibraryName } from "@/lib/schemas/finerworks";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { mapWithConcurrency } from "@/lib/concurrency";
import { errorMessage, plural } from "./messages";
import { currentGenerated, fingerprint, formErrors, rowInput } from "./payload";
import { busyReason, newId } from "./state";
import { FIELD_NAMES, type Action, type FormState, type Row } from "./types";

const THUMBNAIL_CONCURRENCY = 2;

interface FormMessage {
  tone: "error" | "info";
  text: string;
}

/** Per-row reasons from a 400 answer ("images.3.title" -> row 3, "Title must ..."). */
function rowReasons(error: ApiRequestError): Map<number, string> {
  const reasons = new Map<number, string>();
  for (const [path, messages] of Object.entries(error.fields ?? {})) {
    const match = /^images\.(\d+)\.?(.*)$/.exec(path);
    if (!match) continue;
    const field = match[2] ? `${match[2].replace(/_/g, " ")} ` : "";
    reasons.set(Number(match[1]), `${field}${messages[0] ?? "is not valid"}`);
  }
  return reasons;
}

/**
 * Sends rows: checks them with the shared schema first (nothing invalid is sent), has
 * thumbnails made for URL rows without them, then one POST /api/images for all. The
 * Idempotency-Key belongs to the set of rows sent: resending the same rows after a lost
 * answer reuses it, so nothing is added twice.
 */
export function useSubmit(
  getState: () => FormState,
  dispatch: Dispatch<Action>,
  options: { store: boolean; library: LibraryName },
) {
  const { mutateAsync: addImages } = useMutation(addImagesOptions());
  const [submitting, setSubmitting] = useState(false);
  const [message, setMessage] = useState<FormMessage | null>(null);

  const send = useCallback(
    async (ids: readonly string[]) => {
      const state = getState();
      const wanted = new Set(ids);
      const rows = state.rows.filter((r) => wanted.has(r.id));
      if (rows.length === 0) return;
      setMessage(null);

      if (rows.some((r) => busyReason(r) === "upload failed")) {
        setMessage({
          tone: "error",
          text: "An upload failed: remove its row, or choose the file again.",
        });
        return;
      }
      if (rows.some((r) => busyReason(r))) {
        setMessage({
          tone: "info",
          text: "Wait until every upload and URL check has finished, then add again.",
        });
        return;
      }
      const errors = formErrors(state);
      const invalid = rows.filter((r) => Object.keys(errors.get(r.id)?.all ?? {}).length > 0);
      if (invalid.length > 0) {
        dispatch({ type: "show-errors" });
        const first = invalid[0]!;
        const numbers = invalid.map((r) => state.rows.indexOf(r) + 1);
        setMessage({
          tone: "error",
          text: `Nothing was sent: ${plural(invalid.length, "image needs", "images need")} attention (${numbers.map((n) => `image ${n}`).join(", ")}).`,
        });
        const field = FIELD_NAMES.find((f) => errors.get(first.id)?.all[f]);
        requestAnimationFrame(() => document.getElementById(`${first.id}-${field}`)?.focus());
        return;
      }

      setSubmitting(true);
      try {
        dispatch({ type: "set-status", ids: rows.map((r) => r.id), status: "waiting" });
        const generated = new Map<string, Row["generated"]>();
        const failed = new Set<string>();
        if (options.store) {
          const needing = rows.filter(
            (r) =>
              !currentGenerated(r) &&
              (!r.fields.public_thumbnail_uri.trim() || !r.fields.public_preview_uri.trim()),
          );
          await mapWithConcurrency(needing, THUMBNAIL_CONCURRENCY, async (row) => {
            const url = row.fields.private_hires_uri.trim();
            dispatch({ type: "set-status", ids: [row.id], status: "preparing" });
            try {
              const made = { ...(await generateThumbnails(url)), forUrl: url };
              generated.set(row.id, made);
              dispatch({ type: "generated", id: row.id, generated: made });
              dispatch({ type: "set-status", ids: [row.id], status: "waiting" });
            } catch (error) {
              failed.add(row.id);
              dispatch({
                type: "failed",
                id: row.id,
                message: `The thumbnail could not be made: ${errorMessage(error)}`,
              });
            }
          });
        }
        const ready = rows
          .filter((r) => !failed.has(r.id))
          .map((r) => (generated.has(r.id) ? { ...r, generated: generated.get(r.id) } : r));
        if (ready.length === 0) return;

        const images = ready.map((r) => rowInput(r, { fallbackToHires: !options.store }));
        const print = `${options.library}:${fingerprint(images)}`;
        const pending = getState().pending;
        const key = pending?.fingerprint === print ? pending.key : newId();
        dispatch({ type: "pending", pending: { key, fingerprint: print } });
        dispatch({ type: "set-status", ids: ready.map((r) => r.id), status: "adding" });
        try {
          const answer = await addImages({
            images,
            idempotencyKey: key,
            library: options.library,
          });
          dispatch({ type: "pending", pending: undefined });
          const failedAt = new Map(
            answer.failed.map((f) => [
              f.index,
              f.error.reference_id
                ? `${f.error.message} (reference ${f.error.reference_id})`
                : f.error.message,
            ]),
          );
          let created = 0;
          ready.forEach((row, index) => {
            const reason = failedAt.get(index);
            if (reason !== undefined) dispatch({ type: "failed", id: row.id, message: reason });
            else
              dispatch({ type: "added", id: row.id, guid: answer.images[created++]?.guid ?? "" });
          });
          if (answer.failed.length > 0) {
            setMessage({
              tone: "error",
              text: `${plural(answer.failed.length, "image was", "images were")} not added. Their rows are kept: retry them.`,
            });
          }
        } catch (error) {
          // Without an answer the rows may have been added: keep the key for the resend.
          const unanswered =
            error instanceof ApiRequestError &&
            (error.status === 0 || (error.code === "conflict" && error.status === 409));
          if (!unanswered) dispatch({ type: "pending", pending: undefined });
          const reasons =
            error instanceof ApiRequestError ? rowReasons(error) : new Map<number, string>();
          ready.forEach((row, index) =>
            dispatch({
              type: "failed",
              id: row.id,
              message: reasons.get(index) ?? errorMessage(error),
            }),
          );
          setMessage({ tone: "error", text: `Nothing was added: ${errorMessage(error)}` });
        }
      } finally {
        setSubmitting(false);
      }
    },
    [addImages, dispatch, getState, options.store, options.library],
  );

  return { send, submitting, message, setMessage };
}
