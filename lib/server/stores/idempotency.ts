import "server-only";

/** How long a finished request's answer is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
/**
 * How long a reservation whose work has not finished holds its key. Longer than any add can take
 * (upstream deadline and uploads included), short enough that a crash mid-work does not block
 * the key for a day.
 */
export const IDEMPOTENCY_PENDING_TTL_MS = 10 * 60_000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type Reservation =
  | { state: "new" }
  | { state: "pending"; fingerprint: string }
  | { state: "done"; fingerprint: string; response: StoredResponse };

/**
 * Remembers the first answer per Idempotency-Key. `reserve` is atomic (SET NX in Redis), so two
 * concurrent requests with one key, on one instance or two, cannot both do the work.
 */
export interface IdempotencyStore {
  reserve(key: string, fingerprint: string, now?: number): Promise<Reservation>;
  /** Stores the answer, replayed for IDEMPOTENCY_TTL_MS from now. */
  complete(key: string, fingerprint: string, response: StoredResponse): Promise<void>;
  /** Forgets a reservation whose work failed before changing anything, so a retry may run. */
  release(key: string): Promise<void>;
}

interface Entry {
  fingerprint: string;
  response?: StoredResponse;
  expiresAt: number;
}

export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = IDEMPOTENCY_TTL_MS,
    private readonly pendingTtlMs = IDEMPOTENCY_PENDING_TTL_MS,
    private readonly maxKeys = 10_000,
  ) {}

  reserve(key: string, fingerprint: string, now = Date.now()): Promise<Reservation> {
    this.evict(now);
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) {
      return Promise.resolve(
        entry.response
          ? { state: "done", fingerprint: entry.fingerprint, response: entry.response }
          : { state: "pending", fingerprint: entry.fingerprint },
      );
    }
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, expiresAt: now + this.pendingTtlMs });
    return Promise.resolve({ state: "new" });
  }

  complete(
    key: string,
    fingerprint: string,
    response: StoredResponse,
    now = Date.now(),
  ): Promise<void> {
    this.entries.delete(key); // re-insert: Map order doubles as expiry order
    this.entries.set(key, { fingerprint, response, expiresAt: now + this.ttlMs });
    return Promise.resolve();
  }

  release(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  private evict(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now && this.entries.size < this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}
