import "server-only";
// The library snapshot as the routes and the list use it: the store opened, the newest snapshot
// of the library found, then counted, paged or searched.
import { finerworks } from "@/lib/server/finerworks";
import type { LibraryName } from "@/lib/schemas/finerworks";
import { AppError } from "@/lib/server/errors/app-error";
import { withStore } from "@/lib/server/db";
import type { SnapshotView } from "@/lib/triage/view-names";
import { latestSnapshot } from "./triage-columns";
import {
  fileNameOnlyMatches,
  snapshotPage,
  type SnapshotFilters,
  type SnapshotPageQuery,
} from "./triage-queries";
import { viewCounts } from "./view-counts";

export interface TriageSummary {
  /** Epoch ms of the snapshot the counts come from; null before the first scan. */
  as_of: number | null;
  counts: Record<SnapshotView, number> | null;
}

export function triageSummary(library: string): Promise<TriageSummary> {
  return withStore("triage.counts", async ({ db }) => {
    const snapshot = await latestSnapshot(db, library);
    if (!snapshot) return { as_of: null, counts: null };
    return { as_of: snapshot.as_of, counts: await viewCounts(db, snapshot.scan_id) };
  });
}

export interface SnapshotAnswer<T> {
  /** When the snapshot was taken (epoch ms). */
  as_of: number;
  found: T;
}

/** The grid's query answered by the newest snapshot of `library`; null when it has none. */
export function snapshotQueryPage(
  library: string,
  query: SnapshotPageQuery,
): Promise<SnapshotAnswer<{ guids: string[]; count: number }> | null> {
  return withStore("snapshot.page", async ({ db }) => {
    const snapshot = await latestSnapshot(db, library);
    if (!snapshot) return null;
    return { as_of: snapshot.as_of, found: await snapshotPage(db, snapshot.scan_id, query) };
  });
}

/** The images only their file name brings into a search (see fileNameOnlyMatches). */
export function snapshotFileNameMatches(
  library: string,
  q: string,
  filters: Omit<SnapshotFilters, "q">,
  limit: number,
): Promise<SnapshotAnswer<string[]> | null> {
  return withStore("snapshot.file_names", async ({ db }) => {
    const snapshot = await latestSnapshot(db, library);
    if (!snapshot) return null;
    const found = await fileNameOnlyMatches(db, snapshot.scan_id, q, filters, limit);
    return { as_of: snapshot.as_of, found };
  });
}

/** When the snapshot of `library` was taken; null without one (or with the store down). */
export async function snapshotAsOf(library: string): Promise<number | null> {
  try {
    return await withStore("snapshot.as_of", async ({ db }) => {
      return (await latestSnapshot(db, library))?.as_of ?? null;
    });
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** Inactive stays live: FinerWorks filters by it, one image asked for, its count read. */
export async function liveInactiveCount(library: LibraryName, signal?: AbortSignal) {
  const page = await finerworks().listImages(
    { library, active: false, page_number: 1, per_page: 1, list_products: false },
    signal,
  );
  return page.count;
}
