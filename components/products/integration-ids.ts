/**
 * FinerWorks documents `third_party_integrations` only as "object or null": read whatever
 * names and ids it holds (one level deep, or a list of such objects) as label/value pairs.
 */
export function integrationIds(value: unknown): Array<[string, string]> {
  const items = Array.isArray(value) ? value : [value];
  const pairs: Array<[string, string]> = [];
  for (const item of items) {
    if (!item || typeof item !== "object") continue;
    for (const [key, field] of Object.entries(item as Record<string, unknown>)) {
      if (typeof field === "string" && field.trim() !== "") pairs.push([key, field]);
      else if (typeof field === "number" && Number.isFinite(field))
        pairs.push([key, String(field)]);
    }
  }
  return pairs;
}
