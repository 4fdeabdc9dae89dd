import "server-only";
// The triage views as the routes and the list use them: the store opened, the newest snapshot
// of the library found, then counted or paged.
import { finerworks } from "@/lib/finerworks";
import type { LibraryName } from "@/lib/finerworks/schemas";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { withStore } from "@/lib/server/db";
import type { SnapshotView } from "@/lib/triage/view-names";
import { latestSnapshot } from "./snapshot";
import { viewCounts, viewPage } from "./views";

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

export function snapshotViewPage(
  library: string,
  view: SnapshotView,
  query: Pick<ImageQuery, "sort" | "dir" | "page" | "per_page">,
): Promise<{ guids: string[]; count: number }> {
  return withStore("triage.view", async ({ db }) => {
    const snapshot = await latestSnapshot(db, library);
    if (!snapshot) return { guids: [], count: 0 };
    return viewPage(db, snapshot.scan_id, view, query);
  });
}

/** Inactive stays live: FinerWorks filters by it, one image asked for, its count read. */
export async function liveInactiveCount(library: LibraryName, signal?: AbortSignal) {
  const page = await finerworks().listImages(
    { library, active: false, page_number: 1, per_page: 1, list_products: false },
    signal,
  );
  return page.count;
}
