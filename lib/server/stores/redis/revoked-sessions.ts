import "server-only";
import type { RedisConnection } from "@/lib/server/stores/redis-client";
import type { RevokedSessionStore } from "../revoked-sessions";
import { REDIS_NOW_MS } from "./now";

// Keeps the later of the current and the asked expiry; a date already past changes nothing.
const REVOKE = `${REDIS_NOW_MS}
local ttl = tonumber(ARGV[1]) - now
if ttl <= 0 then return 0 end
if redis.call('PTTL', KEYS[1]) >= ttl then return 0 end
redis.call('SET', KEYS[1], '1', 'PX', ttl)
return 1`;

export class RedisRevokedSessionStore implements RevokedSessionStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
  ) {}

  async revoke(sessionId: string, untilMs: number): Promise<void> {
    await this.redis.run((client) => client.eval(REVOKE, 1, this.prefix + sessionId, untilMs));
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.run((client) => client.exists(this.prefix + sessionId))) === 1;
  }
}
