"use client";

import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import { uploadFile } from "@/lib/queries/add-images";
import { ACCEPTED_TYPES_TEXT } from "@/lib/schemas/add-images";
import { formatBytes } from "@/lib/bytes";
import { errorMessage } from "./messages";
import { newId } from "./state";
import type { Action } from "./types";

const CONCURRENCY = 2;
const BROWSER_PREVIEWABLE = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The first bytes say what a file is; the server checks again with file-type. */
async function looksLikeImage(file: File): Promise<boolean> {
  const b = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const ascii = (from: number, to: number) => String.fromCharCode(...b.slice(from, to));
  return (
    (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
    (b[0] === 0x89 && ascii(1, 4) === "PNG") ||
    ascii(0, 4) === "II*\0" ||
    ascii(0, 4) === "MM\0*" ||
    (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP")
  );
}

/** Uploads files two at a time, each with its own progress, and keeps local previews. */
export function useUploads(dispatch: Dispatch<Action>, maxBytes: number) {
  const files = useRef(new Map<string, File>());
  const queue = useRef<string[]>([]);
  const active = useRef(0);
  const uploads = useRef(new Map<string, AbortController>());
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const objectUrls = useRef<string[]>([]);

  const pump = useCallback(() => {
    while (active.current < CONCURRENCY && queue.current.length > 0) {
      const id = queue.current.shift()!;
      const file = files.current.get(id);
      if (!file) continue;
      active.current++;
      dispatch({ type: "upload-start", id });
      let last = 0;
      const controller = new AbortController();
      uploads.current.set(id, controller);
      uploadFile(file, {
        signal: controller.signal,
        onProgress: (fraction) => {
          // About one update per percent is plenty for a progress bar.
          if (fraction - last >= 0.01 || fraction === 1) {
            last = fraction;
            dispatch({ type: "upload-progress", id, progress: fraction });
          }
        },
      })
        .then(
          (result) => dispatch({ type: "upload-done", id, result }),
          (error: unknown) => {
            // A cancelled upload's row is gone already.
            if (!controller.signal.aborted)
              dispatch({ type: "upload-error", id, message: errorMessage(error) });
          },
        )
        .finally(() => {
          active.current--;
          uploads.current.delete(id);
          files.current.delete(id);
          pump();
        });
    }
  }, [dispatch]);

  /** Adds a row per acceptable file; returns what was refused and why. */
  const addFiles = useCallback(
    async (list: readonly File[]): Promise<string[]> => {
      const refused: string[] = [];
      const accepted: { id: string; file: File }[] = [];
      for (const file of list) {
        if (file.size > maxBytes)
          refused.push(
            `${file.name} is ${formatBytes(file.size)}: files can be at most ${formatBytes(maxBytes)}.`,
          );
        else if (!(await looksLikeImage(file)))
          refused.push(`${file.name} is not a ${ACCEPTED_TYPES_TEXT} image.`);
        else accepted.push({ id: newId(), file });
      }
      if (accepted.length > 0) {
        dispatch({
          type: "add-files",
          files: accepted.map(({ id, file }) => ({ id, name: file.name, size: file.size })),
        });
        const urls: Record<string, string> = {};
        for (const { id, file } of accepted) {
          files.current.set(id, file);
          queue.current.push(id);
          if (BROWSER_PREVIEWABLE.has(file.type)) urls[id] = URL.createObjectURL(file);
          if (urls[id]) objectUrls.current.push(urls[id]);
        }
        setPreviews((current) => ({ ...current, ...urls }));
        pump();
      }
      return refused;
    },
    [dispatch, maxBytes, pump],
  );

  /** Drops a file: out of the queue, or its upload cancelled mid-way. */
  const forget = useCallback((id: string) => {
    uploads.current.get(id)?.abort();
    files.current.delete(id);
    queue.current = queue.current.filter((q) => q !== id);
  }, []);

  useEffect(() => {
    const urls = objectUrls.current;
    return () => {
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, []);

  return { addFiles, forget, previews };
}
