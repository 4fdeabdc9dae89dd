import "server-only";

export const MAX_FAILED_SIGN_INS = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 15 * 60_000;

export interface LockState {
  locked: boolean;
  retryAfterMs: number;
}

/** Failed sign-ins per email. A Redis store can implement this for several instances. */
export interface LoginThrottleStore {
  check(email: string, now?: number): Promise<LockState>;
  /** Records a failure; answers whether this one locked the email. */
  recordFailure(email: string, now?: number): Promise<LockState>;
  reset(email: string): Promise<void>;
}

interface Entry {
  failures: number[];
  lockedUntil: number;
}

/** In this process's memory: 5 failures within 15 minutes lock the email for 15 minutes. */
export class MemoryLoginThrottleStore implements LoginThrottleStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly options = {
      maxFailures: MAX_FAILED_SIGN_INS,
      windowMs: FAILURE_WINDOW_MS,
      lockoutMs: LOCKOUT_MS,
    },
    private readonly maxKeys = 50_000,
  ) {}

  check(email: string, now = Date.now()): Promise<LockState> {
    const entry = this.entries.get(email);
    const locked = entry !== undefined && entry.lockedUntil > now;
    return Promise.resolve({ locked, retryAfterMs: locked ? entry.lockedUntil - now : 0 });
  }

  recordFailure(email: string, now = Date.now()): Promise<LockState> {
    const entry = this.entries.get(email) ?? { failures: [], lockedUntil: 0 };
    entry.failures = entry.failures.filter((t) => now - t < this.options.windowMs);
    entry.failures.push(now);
    if (entry.failures.length >= this.options.maxFailures) {
      entry.lockedUntil = now + this.options.lockoutMs;
      entry.failures = [];
    }
    this.entries.delete(email);
    this.entries.set(email, entry);
    this.evict(now);
    return this.check(email, now);
  }

  reset(email: string): Promise<void> {
    this.entries.delete(email);
    return Promise.resolve();
  }

  private evict(now: number): void {
    for (const [email, entry] of this.entries) {
      const stale =
        entry.lockedUntil <= now && entry.failures.every((t) => now - t >= this.options.windowMs);
      if (!stale && this.entries.size <= this.maxKeys) break;
      this.entries.delete(email);
    }
  }
}
