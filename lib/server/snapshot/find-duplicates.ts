import "server-only";
// Possible duplicates of rows about to be added: looked up in the library snapshot, plus a live look at the images FinerWorks added since (the snapshot cannot know them).
import type { Kysely } from "kysely";
import { finerworks } from "@/lib/server/finerworks";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import type { DuplicateCheckBody, DuplicateMatch } from "@/lib/schemas/duplicates";
import { withStore } from "@/lib/server/db";
import type { Database } from "@/lib/server/db/schema";
import { log } from "@/lib/server/log";
import { duplicateReason } from "@/lib/triage/duplicates";
import { fileStem } from "@/lib/triage/views";
import { latestSnapshot, type SnapshotInfo } from "./triage-columns";

type Row = DuplicateCheckBody["rows"][number];
/** Images added since the snapshot (or, without one, the newest) that are looked at live. */
const LIVE_PAGES = 4;
const PAGE_SIZE = 50;

const displayTitle = (c: { title: string; file_name: string | null }) =>
  c.title.trim() || c.file_name?.trim() || "Untitled image";

async function inSnapshot(
  db: Kysely<Database>,
  scanId: string,
  row: Row,
  index: number,
): Promise<DuplicateMatch | null> {
  const name = row.file_name?.trim().toLowerCase() || null;
  const stem = fileStem(row.file_name).toLowerCase() || null;
  const url = row.private_hires_uri?.trim() || null;
  if (!url && !name) return null;
  const candidates = await db
    .selectFrom("snapshot_image")
    .select([
      "guid",
      "title",
      "file_name",
      "file_size",
      "pix_w",
      "pix_h",
      "date_added",
      "private_hires_uri",
    ])
    .where("scan_id", "=", scanId)
    .where((eb) =>
      eb.or([
        ...(url ? [eb("private_hires_uri", "=", url)] : []),
        ...(name && row.file_size
          ? [eb.and([eb("file_name_key", "=", name), eb("file_size", "=", row.file_size)])]
          : []),
        ...(stem && row.pix_w && row.pix_h
          ? [
              eb.and([
                eb("stem_key", "=", stem),
                eb("pix_w", "=", row.pix_w),
                eb("pix_h", "=", row.pix_h),
              ]),
            ]
          : []),
      ]),
    )
    .limit(5)
    .execute();
  for (const c of candidates) {
    const reason = duplicateReason(row, c);
    if (reason)
      return { index, guid: c.guid, title: displayTitle(c), date_added: c.date_added, reason };
  }
  return null;
}

async function snapshotMatches(library: LibraryName, rows: readonly Row[]) {
  try {
    return await withStore("triage.duplicates", async ({ db }) => {
      const snapshot = await latestSnapshot(db, library);
      if (!snapshot) return { snapshot: null, matches: [] };
      const matches = await Promise.all(
        rows.map((row, i) => inSnapshot(db, snapshot.scan_id, row, i)),
      );
      return { snapshot, matches };
    });
  } catch (error) {
    // Advisory only: without the store the live look still runs.
    log("warn", "triage.duplicates_snapshot_failed", { error: String(error) });
    return { snapshot: null, matches: [] };
  }
}

async function recentImages(
  library: LibraryName,
  snapshot: SnapshotInfo | null,
  signal?: AbortSignal,
): Promise<ImageDetails[]> {
  const since = snapshot ? new Date(snapshot.as_of).toISOString().slice(0, 10) : null;
  const images: ImageDetails[] = [];
  for (let page = 1; page <= LIVE_PAGES; page++) {
    const answer = await finerworks().listImages(
      {
        library,
        page_number: page,
        per_page: PAGE_SIZE,
        sort_field: "date_added",
        sort_direction: "DESC",
        upload_date_from: since,
        list_products: false,
      },
      signal,
    );
    images.push(...answer.images);
    if (answer.images.length < PAGE_SIZE || images.length >= answer.count) break;
  }
  return images;
}

export async function findDuplicates(
  library: LibraryName,
  rows: readonly Row[],
  signal?: AbortSignal,
): Promise<DuplicateMatch[]> {
  const { snapshot, matches } = await snapshotMatches(library, rows);
  const recent = await recentImages(library, snapshot, signal);
  return rows.flatMap((row, index): DuplicateMatch[] => {
    for (const image of recent) {
      const reason = duplicateReason(row, image);
      if (reason)
        return [
          {
            index,
            guid: image.guid,
            title: displayTitle(image),
            date_added: image.date_added,
            reason,
          },
        ];
    }
    const stored = matches[index];
    return stored ? [stored] : [];
  });
}
