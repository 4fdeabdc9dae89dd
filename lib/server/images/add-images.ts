import "server-only";
// POST /api/images: add up to 50 images, recorded write-ahead (unless history recording is off);
// the library snapshot learns of the new images at once (duplicate checks, triage counts).
import type { SessionUser } from "@/lib/auth/roles";
import type { LibraryName } from "@/lib/schemas/finerworks";
import type { AddImage } from "@/lib/schemas/image-input";
import { serverConfig } from "@/lib/server/config";
import { finerworks } from "@/lib/server/finerworks";
import { addRecorder } from "@/lib/server/history/record-image-adds";
import { syncSnapshotAfterAdd } from "@/lib/server/snapshot/sync-snapshot";
import { addImagesInBatches, type AddImagesOutcome } from "./add-in-batches";

export async function addImages(
  user: SessionUser,
  images: readonly AddImage[],
  library: LibraryName | undefined,
): Promise<AddImagesOutcome> {
  const outcome = serverConfig().historyRecording
    ? await addImagesInBatches(images, library, finerworks(), addRecorder(user))
    : await addImagesInBatches(images, library);
  await syncSnapshotAfterAdd(outcome.createdAsSent, library);
  return outcome;
}
