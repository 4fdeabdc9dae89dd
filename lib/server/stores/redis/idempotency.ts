import "server-only";
import { z } from "zod";
import type { RedisConnection } from "@/lib/server/stores/redis-client";
import {
  IDEMPOTENCY_PENDING_TTL_MS,
  IDEMPOTENCY_TTL_MS,
  type IdempotencyStore,
  type Reservation,
  type StoredResponse,
} from "../idempotency";

// SET NX of a pending entry, or the entry already there: one round trip, atomic.
const RESERVE = `local current = redis.call('GET', KEYS[1])
if current then return current end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false`;

const entrySchema = z.object({
  fingerprint: z.string(),
  response: z.object({ status: z.number().int(), body: z.unknown() }).optional(),
});

export class RedisIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
    private readonly ttlMs = IDEMPOTENCY_TTL_MS,
    private readonly pendingTtlMs = IDEMPOTENCY_PENDING_TTL_MS,
  ) {}

  async reserve(key: string, fingerprint: string): Promise<Reservation> {
    const pending = JSON.stringify({ fingerprint });
    const current = await this.redis.run(
      (client) =>
        client.eval(RESERVE, 1, this.prefix + key, pending, this.pendingTtlMs) as Promise<
          string | null
        >,
    );
    if (current === null) return { state: "new" };
    const entry = entrySchema.parse(JSON.parse(current));
    return entry.response
      ? {
          state: "done",
          fingerprint: entry.fingerprint,
          response: entry.response,
        }
      : { state: "pending", fingerprint: entry.fingerprint };
  }

  async complete(key: string, fingerprint: string, response: StoredResponse): Promise<void> {
    const entry = JSON.stringify({ fingerprint, response });
    await this.redis.run((client) => client.set(this.prefix + key, entry, "PX", this.ttlMs));
  }

  async release(key: string): Promise<void> {
    await this.redis.run((client) => client.del(this.prefix + key));
  }
}
