import "server-only";
import type { UpdateImagesBody } from "@/lib/schemas/image-input";
import { AppError } from "@/lib/server/errors/app-error";
import { findActivity } from "@/lib/server/history/queries";
import { withStore } from "@/lib/server/db";

type Item = UpdateImagesBody["images"][number];

/**
 * Turns each `restore_of` into the text it puts back: the title and description the image had
 * before that change. A title or description sent beside it must be that same text.
 */
export async function resolveRestores(items: readonly Item[]): Promise<Item[]> {
  const ids = items.flatMap((i) => (i.restore_of ? [i.restore_of.toLowerCase()] : []));
  if (ids.length === 0) return [...items];
  const rows = await withStore("read the entries to restore", (s) => findActivity(s.db, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing: Record<string, string[]> = {};
  const invalid: Record<string, string[]> = {};
  const resolved = items.map((item, index) => {
    if (!item.restore_of) return item;
    const field = `images.${index}.restore_of`;
    const entry = byId.get(item.restore_of.toLowerCase());
    if (!entry) {
      missing[field] = ["no history entry with this id"];
      return item;
    }
    const problem =
      entry.image_guid !== item.guid.toLowerCase()
        ? "is a change of another image"
        : entry.action === "image.add"
          ? "is not a change of text: only edits can be restored"
          : entry.outcome === "failed"
            ? "was not saved, so there is nothing to restore"
            : undefined;
    if (problem) {
      invalid[field] = [problem];
      return item;
    }
    const title = entry.before_title ?? "";
    const description = entry.before_description ?? "";
    if (item.title !== undefined && item.title !== title)
      invalid[`images.${index}.title`] = ["must be the title before that change, or left out"];
    if (item.description !== undefined && item.description !== description)
      invalid[`images.${index}.description`] = [
        "must be the description before that change, or left out",
      ];
    return { ...item, title, description };
  });
  if (Object.keys(missing).length > 0)
    throw new AppError("not_found", "Some history entries do not exist.", { fields: missing });
  if (Object.keys(invalid).length > 0)
    throw new AppError("invalid_request", "The restore is not valid.", { fields: invalid });
  return resolved;
}
