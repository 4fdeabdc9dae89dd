// What the grid shows of a title/description save (saving, then saved for a while), read from
// the mutation cache: apart from the mutation itself (save-image-texts.ts), which loads with
// the editors, so the grid's first load does not carry the save path.
import { useMutationState, type Mutation } from "@tanstack/react-query";
import type { ImageText } from "@/lib/editing/drafts";
import type { ImageTextChange, ImageTextsResult } from "./image-text";

export const imageTextMutationKey = ["images", "save-text"] as const;

export type ImageSaveState =
  { phase: "saving"; text: ImageText } | { phase: "saved"; settledAt: number };

/** How long "Saved" stays beside the title. */
export const SAVED_VISIBLE_MS = 4_000;

function rowState(
  mutation: Mutation<unknown, Error, unknown>,
  guid: string,
): ImageSaveState | null {
  const { status, variables, data } = mutation.state;
  const change = (variables as readonly ImageTextChange[] | undefined)?.find(
    (c) => c.guid === guid,
  );
  if (!change) return null;
  if (status === "pending") return { phase: "saving", text: change.text };
  const result = data as ImageTextsResult | undefined;
  if (status === "success" && result?.saved.some((s) => s.guid === guid))
    return { phase: "saved", settledAt: result.settledAt };
  return null;
}

/**
 * The image's latest save as the mutation cache has it: "saving" with the text in flight, then
 * "saved" until the finished mutation leaves the cache (SAVED_VISIBLE_MS later); undefined
 * otherwise (a failed save reopens the editor instead).
 */
export function useImageSaveState(guid: string): ImageSaveState | undefined {
  const states = useMutationState({
    filters: { mutationKey: imageTextMutationKey },
    select: (mutation) => rowState(mutation, guid),
  });
  // The newest mutation that touched this image decides (the cache keeps them oldest first).
  return states.findLast((s) => s !== null) ?? undefined;
}
