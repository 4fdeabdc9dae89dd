import "server-only";
import { randomUUID } from "node:crypto";
import type { RedisConnection } from "@/lib/server/stores/redis-client";
import type { LockStore } from "../lock";

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

export class RedisLockStore implements LockStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
  ) {}

  async acquire(name: string, leaseMs: number): Promise<string | null> {
    const token = randomUUID();
    const taken = await this.redis.run((client) =>
      client.set(this.prefix + name, token, "PX", leaseMs, "NX"),
    );
    return taken === "OK" ? token : null;
  }

  async release(name: string, token: string): Promise<boolean> {
    const deleted = await this.redis.run(
      (client) => client.eval(RELEASE, 1, this.prefix + name, token) as Promise<number>,
    );
    return deleted === 1;
  }
}
