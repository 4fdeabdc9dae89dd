// PUT /v3/update_images - edits titles/descriptions. Documented side effect: an inventory
// image loses all of its virtual inventory products.
import { invalidRequest, statusOnly, type ApiAnswer, type ModelState } from "../envelope";
import type { EmulatorContext } from "../context";
import { updateImagesBody, validate } from "../validation";

export function updateImages(ctx: EmulatorContext, body: unknown): ApiAnswer {
  const checked = validate(updateImagesBody, body);
  if (!checked.ok) return invalidRequest(checked.modelState);
  const targets = checked.value.images.map((change) => ({
    change,
    row: ctx.db.imageByGuid(change.guid),
  }));

  // All or nothing: one unknown guid rejects the whole call before anything changes.
  const missing: ModelState = {};
  targets.forEach(({ change, row }, i) => {
    if (!row) missing[`images[${i}].guid`] = [`No image with guid '${change.guid}' was found.`];
  });
  if (Object.keys(missing).length > 0) return invalidRequest(missing);

  ctx.db.transaction(() => {
    for (const { change, row } of targets) {
      if (!row) continue;
      ctx.db.updateText(row, change.title, change.description);
      if (row.library === "inventory") ctx.db.deleteProducts(row.id);
    }
  });
  return statusOnly(200);
}
