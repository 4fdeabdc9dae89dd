import "server-only";
import type { RedisConnection } from "@/lib/server/stores/redis-client";
import type { RateLimitResult, RateLimitStore } from "../rate-limit";
import { REDIS_NOW_MS } from "./now";

// The memory store's token bucket in one atomic script, on Redis's clock (instances' clocks may
// differ). The key lives until the bucket would be full again: an idle key is a full bucket.
const TAKE = `${REDIS_NOW_MS}
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_ms) + 1000)
local retry = 0
if allowed == 0 then retry = math.ceil((1 - tokens) / per_ms) end
return { allowed, math.floor(tokens), retry }`;

export class RedisTokenBucketStore implements RateLimitStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
    private readonly perMinute: number,
  ) {}

  async take(key: string): Promise<RateLimitResult> {
    const reply = await this.redis.run(
      (client) =>
        client.eval(
          TAKE,
          1,
          `${this.prefix}${key}`,
          this.perMinute,
          this.perMinute / 60_000,
        ) as Promise<[number, number, number]>,
    );
    const [allowed, remaining, retryAfterMs] = reply;
    return { allowed: allowed === 1, remaining, retryAfterMs };
  }
}
