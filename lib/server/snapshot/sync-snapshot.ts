import "server-only";
// Our own changes keep the product snapshot true at once (no rescan): called after FinerWorks
// accepted an edit or an add. The change already happened upstream, so a store failure here is
// logged and left to the next scan rather than failing the request.
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import type { UpdatedImage } from "@/lib/schemas/image-input";
import { serverConfig } from "@/lib/server/config";
import { withStore } from "@/lib/server/db";
import { addImagesToSnapshot, applyEditsToSnapshot } from "@/lib/server/snapshot/edit-queries";
import { log } from "@/lib/server/log";
import { imageRow } from "./snapshot-rows";

async function quietly(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log("error", "products.snapshot_sync_failed", {
      what,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Edited images: new text, and no products (FinerWorks removed them). */
export function syncSnapshotAfterEdit(updates: readonly UpdatedImage[]): Promise<void> {
  return quietly("edit", () =>
    withStore("update the product snapshot", ({ db }) => applyEditsToSnapshot(db, updates)),
  );
}

/** Images just added: into the snapshot when they went to the inventory library. */
export function syncSnapshotAfterAdd(
  created: readonly ImageDetails[],
  library: LibraryName | undefined,
): Promise<void> {
  if ((library ?? serverConfig().finerworks.library) !== "inventory" || created.length === 0)
    return Promise.resolve();
  return quietly("add", () =>
    withStore("update the product snapshot", ({ db }) =>
      addImagesToSnapshot(
        db,
        created.map((image) => {
          const { scan_id: _, ...row } = imageRow("", "inventory", image);
          return row;
        }),
      ),
    ),
  );
}
