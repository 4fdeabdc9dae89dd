"use client";

import { useSyncExternalStore } from "react";
import {
  getSelection,
  getServerSelection,
  subscribeSelection,
  type SelectionSnapshot,
} from "@/lib/bulk/selection";

/** The bulk selection (empty during the server render and hydration). */
export function useSelection(): SelectionSnapshot {
  return useSyncExternalStore(subscribeSelection, getSelection, getServerSelection);
}
