import type { ActivityEntry } from "@/lib/schemas/activity";

/** A text change that FinerWorks took: the only kind whose earlier text can be put back. */
export const isRestorable = (entry: ActivityEntry) =>
  (entry.action === "image.update" || entry.action === "image.restore") &&
  entry.outcome === "ok" &&
  entry.before !== null &&
  entry.image.guid !== null;
