// The history as a port: the hooks the image use cases call around each FinerWorks write, so
// every change is recorded before it is sent (write-ahead) and completed once it answered.
import type { AddImage, UpdatedImage } from "@/lib/schemas/image-input";
import type { ImageDetails } from "@/lib/schemas/finerworks";

/** The history's hooks around one update_images call (record-image-updates.ts). */
export interface UpdateRecorder {
  /**
   * Just before update_images, with every image as read (products included); throwing refuses
   * the call. Answers each image's history entry id (by guid) and how to complete them.
   */
  begin(
    updates: readonly UpdatedImage[],
    current: ReadonlyMap<string, ImageDetails>,
  ): Promise<RecordedCall>;
}

export interface RecordedCall {
  entryIds: ReadonlyMap<string, string>;
  /** Once update_images answered or failed; never throws. */
  finish(result: { referenceId: string | undefined } | { error: unknown }): Promise<void>;
}

/** The history's hooks around add_images (record-image-adds.ts). */
export interface AddRecorder {
  /**
   * Before the first add_images call, with how many calls follow one another (a call may start
   * that many timeouts later); throwing refuses the whole request.
   */
  begin(images: readonly AddImage[], rounds: number): Promise<void>;
  /** Once one call (rows start..start+count-1) answered or failed; never throws. */
  finishCall(
    start: number,
    count: number,
    result: { created: ImageDetails[]; referenceId: string | undefined } | { error: unknown },
  ): Promise<void>;
}
