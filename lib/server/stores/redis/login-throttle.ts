import "server-only";
import type { RedisConnection } from "@/lib/server/stores/redis-client";
import type { SignInThrottleStore } from "../login-throttle";

// The window starts with the first failure: only the INCR that creates the key sets its TTL.
const ADD_FAILURE = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

export class RedisSignInThrottleStore implements SignInThrottleStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
  ) {}

  addFailure(key: string, windowMs: number): Promise<number> {
    return this.redis.run(
      (client) => client.eval(ADD_FAILURE, 1, this.failures(key), windowMs) as Promise<number>,
    );
  }

  async clearFailures(key: string): Promise<void> {
    await this.redis.run((client) => client.del(this.failures(key)));
  }

  async block(key: string, durationMs: number): Promise<void> {
    await this.redis.run((client) => client.set(this.blocks(key), "1", "PX", durationMs));
  }

  async blockedForMs(key: string): Promise<number> {
    const ttl = await this.redis.run((client) => client.pttl(this.blocks(key)));
    return Math.max(0, ttl);
  }

  private failures(key: string): string {
    return `${this.prefix}failures:${key}`;
  }

  private blocks(key: string): string {
    return `${this.prefix}block:${key}`;
  }
}
