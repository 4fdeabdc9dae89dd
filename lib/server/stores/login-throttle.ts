import "server-only";
import { ExpiringMap } from "./expiring-map";

/**
 * Failed sign-in counters and blocks, keyed by whatever the sign-in rules count (an account with a
 * client address, an address alone). Each operation is one Redis command or two: `addFailure` is
 * INCR plus PEXPIRE on the first failure (a window that starts with the first failure),
 * `block` is SET PX, `blockedForMs` is PTTL, `clearFailures` is DEL.
 */
export interface SignInThrottleStore {
  /** Counts one failure for `key`; answers the failures in the key's current window. */
  addFailure(key: string, windowMs: number): Promise<number>;
  clearFailures(key: string): Promise<void>;
  /** Blocks `key` for `durationMs` from now (replacing a shorter or longer block). */
  block(key: string, durationMs: number): Promise<void>;
  /** Milliseconds left on the key's block; 0 when it is not blocked. */
  blockedForMs(key: string): Promise<number>;
}

export class MemorySignInThrottleStore implements SignInThrottleStore {
  private readonly failures: ExpiringMap<number>;
  private readonly blocks: ExpiringMap<true>;

  constructor(
    private readonly clock: () => number = Date.now,
    maxKeys = 50_000,
  ) {
    this.failures = new ExpiringMap(maxKeys);
    this.blocks = new ExpiringMap(maxKeys);
  }

  addFailure(key: string, windowMs: number): Promise<number> {
    const now = this.clock();
    const entry = this.failures.get(key, now);
    const count = (entry?.value ?? 0) + 1;
    this.failures.set(key, count, entry?.expiresAt ?? now + windowMs, now);
    return Promise.resolve(count);
  }

  clearFailures(key: string): Promise<void> {
    this.failures.delete(key);
    return Promise.resolve();
  }

  block(key: string, durationMs: number): Promise<void> {
    const now = this.clock();
    this.blocks.set(key, true, now + durationMs, now);
    return Promise.resolve();
  }

  blockedForMs(key: string): Promise<number> {
    const now = this.clock();
    const entry = this.blocks.get(key, now);
    return Promise.resolve(entry ? entry.expiresAt - now : 0);
  }
}
