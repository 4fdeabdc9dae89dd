"use client";

import { useEffect, useState, type Dispatch } from "react";
import { isBlank } from "./state";
import { fromStored, STORAGE_KEY, toStored } from "./storage";
import type { Action, FormState } from "./types";

/**
 * Keeps the form in session storage until everything is added: a reload or an accidental "Back"
 * loses nothing. Restores once on mount, then writes (or clears) on every change.
 */
export function useStoredForm(state: FormState, dispatch: Dispatch<Action>): void {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const saved = fromStored(window.sessionStorage.getItem(STORAGE_KEY));
    if (saved) dispatch({ type: "restore", state: saved });
    setRestored(true);
  }, [dispatch]);

  useEffect(() => {
    if (!restored) return;
    const allAdded = state.rows.length > 0 && state.rows.every((r) => r.status === "added");
    const empty = state.rows.every(isBlank) && !state.pending;
    if (allAdded || empty) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(toStored(state)));
  }, [state, restored]);
}
