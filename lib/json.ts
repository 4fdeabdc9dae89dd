/** JSON.parse that gives up quietly: undefined for empty or malformed text. */
export function parseJsonOrUndefined(text: string | null | undefined): unknown {
  if (!text || text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
