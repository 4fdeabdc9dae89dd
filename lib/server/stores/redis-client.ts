import "server-only";
import { Redis } from "ioredis";
import { log } from "@/lib/server/log";
import { StoreUnavailableError } from "@/lib/server/stores/unavailable";

/** Every key this app writes starts with it, so one Redis can serve other apps too. */
export const KEY_PREFIX = "fwd:";

const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 500;

/**
 * One Redis connection with short timeouts and no offline queue: while Redis is down a command
 * fails at once (no request waits for a reconnect), and the outage is logged once, loudly, not
 * once per request. Reconnects run in the background.
 */
export class RedisConnection {
  readonly client: Redis;
  private firstConnect: Promise<void> | undefined;
  private down = false;

  constructor(url: string) {
    this.client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: COMMAND_TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    this.client.on("error", (error: Error) => this.markDown(error));
    this.client.on("ready", () => this.markUp());
  }

  /** Runs `command`; any failure (down, timeout, refused) becomes a StoreUnavailableError. */
  async run<T>(command: (client: Redis) => Promise<T>): Promise<T> {
    try {
      // Requests that arrive while the first connection is made wait for it; later ones never wait.
      this.firstConnect ??= this.client.connect().catch((error: unknown) => this.markDown(error));
      await this.firstConnect;
      return await command(this.client);
    } catch (error) {
      this.markDown(error);
      throw new StoreUnavailableError("Redis did not answer.", { cause: error });
    }
  }

  async close(): Promise<void> {
    this.client.disconnect(false);
    await Promise.resolve();
  }

  private markDown(error: unknown): void {
    if (this.down) return;
    this.down = true;
    log("error", "store.redis_unavailable", {
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      effect: "sign-in and mutations answer 503 until Redis is back; reads go on",
    });
  }

  private markUp(): void {
    if (!this.down) return;
    this.down = false;
    log("info", "store.redis_recovered", {});
  }
}
