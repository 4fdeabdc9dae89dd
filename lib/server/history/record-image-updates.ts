import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { UpdatedImage } from "@/lib/schemas/image-input";
import { serverConfig } from "@/lib/server/config";
import { withStore } from "@/lib/server/db";
import { completeEntries, writePending, type Completion } from "@/lib/server/history/queries";
import { newId } from "@/lib/server/db/ids";
import type { NewActivity, NewRemovedProduct } from "@/lib/server/db/schema";
import { log } from "@/lib/server/log";
import { entryBase, newRequestId } from "./actor";
import { completionForError, PENDING_GRACE_MS } from "./outcome";
import type { UpdateRecorder } from "./recorders";

/** Every product the update will make FinerWorks destroy, as FinerWorks sent it. */
function productRows(activityId: string, image: ImageDetails): NewRemovedProduct[] {
  return (image.products ?? []).map((product) => ({
    id: newId(),
    activity_id: activityId,
    image_guid: image.guid.toLowerCase(),
    image_title: image.title,
    image_thumbnail: image.public_thumbnail_uri,
    sku: product.sku,
    product_code: product.product_code,
    name: product.name,
    product: JSON.stringify(product),
  }));
}

/**
 * Write-ahead recording of one PATCH: before each update_images call, its images' entries as
 * pending (one batch id for a request of several images), completed once the call answered.
 */
export function updateRecorder(
  user: SessionUser,
  restoreOf: ReadonlyMap<string, string>,
  batchId: string | null,
  requestId = newRequestId(),
): UpdateRecorder {
  return {
    async begin(updates: readonly UpdatedImage[], current: ReadonlyMap<string, ImageDetails>) {
      const at = Date.now();
      const base = entryBase(user, requestId, batchId);
      const entries: NewActivity[] = [];
      const products: NewRemovedProduct[] = [];
      for (const update of updates) {
        const guid = update.guid.toLowerCase();
        const before = current.get(guid);
        const id = newId(at);
        const removed = before ? productRows(id, before) : [];
        products.push(...removed);
        entries.push({
          ...base,
          id,
          at,
          deadline_at: at + serverConfig().finerworks.timeoutMs + PENDING_GRACE_MS,
          action: restoreOf.has(guid) ? "image.restore" : "image.update",
          restore_of: restoreOf.get(guid) ?? null,
          image_guid: guid,
          image_title: before?.title ?? update.title,
          before_title: before?.title ?? null,
          before_description: before?.description ?? null,
          after_title: update.title,
          after_description: update.description,
          removed_products_count: removed.length,
        });
      }
      await withStore("record the edit before sending it", (s) =>
        writePending(s.db, entries, products),
      );
      return {
        entryIds: new Map(entries.map((e) => [e.image_guid ?? "", e.id])),
        async finish(result) {
          const completion: Completion =
            "error" in result
              ? completionForError(result.error)
              : { outcome: "ok", referenceId: result.referenceId };
          await finishEntries(entries.map((e) => ({ id: e.id, ...completion })));
        },
      };
    },
  };
}

/** Completes entries; a store that fails now leaves them pending, later shown as "unknown". */
export async function finishEntries(
  completions: readonly (Completion & { id: string })[],
): Promise<void> {
  try {
    await withStore("complete the history entries", (s) => completeEntries(s.db, completions));
  } catch {
    log("error", "history.completion_lost", { entries: completions.map((c) => c.id) });
  }
}
