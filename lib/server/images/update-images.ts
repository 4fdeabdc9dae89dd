import "server-only";
// PATCH /api/images: change titles and descriptions. Each `restore_of` becomes the text it puts
// back, every change is recorded write-ahead (unless history recording is off), and the library
// snapshot learns what was saved.
import type { SessionUser } from "@/lib/auth/roles";
import type { UpdateImagesBody } from "@/lib/schemas/image-input";
import { serverConfig } from "@/lib/server/config";
import { newId } from "@/lib/server/db/ids";
import { finerworks } from "@/lib/server/finerworks";
import { updateRecorder } from "@/lib/server/history/record-image-updates";
import { resolveRestores } from "@/lib/server/history/resolve-restores";
import { syncSnapshotAfterEdit } from "@/lib/server/snapshot/sync-snapshot";
import { updateImagesChecked, type UpdateImagesOutcome } from "./apply-image-updates";

type Item = UpdateImagesBody["images"][number];

export async function updateImages(
  user: SessionUser,
  items: readonly Item[],
): Promise<UpdateImagesOutcome> {
  const resolved = await resolveRestores(items);
  const restoreOf = new Map(
    resolved.flatMap((i) =>
      i.restore_of ? [[i.guid.toLowerCase(), i.restore_of.toLowerCase()] as const] : [],
    ),
  );
  const batchId = resolved.length > 1 ? newId() : null;
  const outcome = serverConfig().historyRecording
    ? await updateImagesChecked(resolved, finerworks(), updateRecorder(user, restoreOf, batchId))
    : await updateImagesChecked(resolved);
  await syncSnapshotAfterEdit(outcome.saved);
  return outcome;
}
