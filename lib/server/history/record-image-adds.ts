import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { AddImage } from "@/lib/schemas/image-input";
import { serverConfig } from "@/lib/server/config";
import { withStore } from "@/lib/server/db";
import { writePending, type Completion } from "@/lib/server/history/queries";
import { newId } from "@/lib/server/db/ids";
import type { NewActivity } from "@/lib/server/db/schema";
import { entryBase, newRequestId } from "./actor";
import { completionForError, PENDING_GRACE_MS } from "./outcome";
import { finishEntries } from "./record-image-updates";
import type { AddRecorder } from "./recorders";

/** Write-ahead recording of one POST: an entry per image before the first add_images call. */
export function addRecorder(user: SessionUser, requestId = newRequestId()): AddRecorder {
  let ids: string[] = [];
  return {
    async begin(images: readonly AddImage[], rounds: number) {
      const at = Date.now();
      // The last of `rounds` calls in a row may start several timeouts later.
      const deadline = at + rounds * serverConfig().finerworks.timeoutMs + PENDING_GRACE_MS;
      const base = entryBase(user, requestId, images.length > 1 ? newId(at) : null);
      const entries: NewActivity[] = images.map((image) => ({
        ...base,
        id: newId(at),
        at,
        deadline_at: deadline,
        action: "image.add",
        image_guid: null,
        image_title: image.title ?? image.file_name,
        after_title: image.title ?? null,
        after_description: image.description ?? null,
        removed_products_count: 0,
      }));
      await withStore("record the new images before adding them", (s) =>
        writePending(s.db, entries, []),
      );
      ids = entries.map((e) => e.id);
    },
    async finishCall(start, count, result) {
      const rows = ids.slice(start, start + count);
      const completions = rows.map((id, i): Completion & { id: string } =>
        "error" in result
          ? { id, ...completionForError(result.error) }
          : {
              id,
              outcome: "ok",
              referenceId: result.referenceId,
              imageGuid: result.created[i]?.guid,
            },
      );
      await finishEntries(completions);
    },
  };
}
