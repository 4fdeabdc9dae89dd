import "server-only";

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * The memory stores' keys with a time to live, like Redis keys with PEXPIRE: an expired key reads
 * as absent. Insertion order doubles as expiry order for keys set with one TTL, so sweeping from
 * the oldest end stops at the first live key. Past `maxKeys`, the oldest live keys go too unless
 * `keepLive` says dropping one would be unsafe (a revocation must outlive the token it revokes).
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly maxKeys: number,
    private readonly keepLive = false,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: number): Entry<V> | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, value: V, expiresAt: number, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    this.sweep(now);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      const expired = entry.expiresAt <= now;
      const over = this.entries.size > this.maxKeys && !this.keepLive;
      if (!expired && !over) break;
      this.entries.delete(key);
    }
  }
}
