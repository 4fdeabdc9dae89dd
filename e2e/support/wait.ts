// Waiting outside a test (servers starting), where expect.poll is not at hand: the same polling.

/** Resolves once `check` is true; rejects with `what` after `timeoutMs` (or when `check` throws). */
export async function waitUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  { timeoutMs = 60_000, intervalMs = 100 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** True once `url` answers (any status but a connection error). */
export const answers = (url: string) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );
