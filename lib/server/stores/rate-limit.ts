import "server-only";

export interface RateLimitResult {
  allowed: boolean;
  /** Whole requests left right now. */
  remaining: number;
  /** When refused: how long until one request is allowed again. */
  retryAfterMs: number;
}

/** Takes one request from a caller's budget. A Redis store can implement this for several instances. */
export interface RateLimitStore {
  take(key: string, now?: number): Promise<RateLimitResult>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per key, in this process's memory: `perMinute` requests in a burst, refilled
 * evenly over a minute. Idle buckets are full again, so they are dropped to bound memory.
 */
export class MemoryTokenBucketStore implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 10_000,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  take(key: string, now = Date.now()): Promise<RateLimitResult> {
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, updatedAt: now };
    bucket.tokens = Math.min(
      this.perMinute,
      bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.refillPerMs,
    );
    bucket.updatedAt = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.delete(key); // re-insert: Map order doubles as least-recently-used order
    this.buckets.set(key, bucket);
    this.evict(now);
    return Promise.resolve({
      allowed,
      remaining: Math.floor(bucket.tokens),
      retryAfterMs: allowed ? 0 : Math.ceil((1 - bucket.tokens) / this.refillPerMs),
    });
  }

  private evict(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const refilled =
        bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.perMinute;
      if (!refilled && this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}
