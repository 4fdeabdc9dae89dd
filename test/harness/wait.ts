import { vi } from "vitest";

/** vitest's own polling: resolves with the first value `check` gives (not undefined). */
export function waitFor<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 5_000,
): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (value === undefined) throw new Error(`still waiting after up to ${timeoutMs} ms`);
      return value;
    },
    { timeout: timeoutMs, interval: 20 },
  );
}
