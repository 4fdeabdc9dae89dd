"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, type Dispatch } from "react";
import { probeOptions } from "@/lib/queries/add-images";
import { errorMessage } from "./messages";
import { isValidUrl } from "./payload";
import type { Action, Row } from "./types";

const DEBOUNCE_MS = 450;

/**
 * Reads the details of every row's URL shortly after it stops changing. Results are cached
 * per URL, so undoing an edit or pasting a URL again costs nothing.
 */
export function useAutoProbe(rows: readonly Row[], dispatch: Dispatch<Action>): void {
  const queryClient = useQueryClient();
  const scheduled = useRef(
    new Map<string, { url: string; timer: ReturnType<typeof setTimeout> }>(),
  );

  useEffect(() => {
    const timers = scheduled.current;
    const live = new Set<string>();
    for (const row of rows) {
      live.add(row.id);
      const url = row.fields.private_hires_uri.trim();
      const known = row.probe.url === url && row.probe.state !== "idle";
      const wanted =
        url !== "" &&
        isValidUrl(url) &&
        !known &&
        row.status !== "added" &&
        row.status !== "adding";
      const entry = timers.get(row.id);
      if (!wanted) {
        if (entry) clearTimeout(entry.timer);
        timers.delete(row.id);
        continue;
      }
      if (entry?.url === url) continue;
      if (entry) clearTimeout(entry.timer);
      const id = row.id;
      const timer = setTimeout(() => {
        timers.delete(id);
        dispatch({ type: "probe-start", id, url });
        queryClient.fetchQuery(probeOptions(url)).then(
          (result) => dispatch({ type: "probe-done", id, result }),
          (error: unknown) =>
            dispatch({ type: "probe-error", id, url, message: errorMessage(error) }),
        );
      }, DEBOUNCE_MS);
      timers.set(id, { url, timer });
    }
    for (const [id, entry] of timers) {
      if (!live.has(id)) {
        clearTimeout(entry.timer);
        timers.delete(id);
      }
    }
  }, [rows, dispatch, queryClient]);

  useEffect(() => {
    const timers = scheduled.current;
    return () => {
      for (const entry of timers.values()) clearTimeout(entry.timer);
      timers.clear();
    };
  }, []);
}
