import "server-only";
import { availableParallelism } from "node:os";
import { threadPoolSize } from "@/lib/env/runtime-env.mjs";

/**
 * Runs at most `max` tasks at once; the rest wait in order. Native bcrypt runs on libuv's thread
 * pool (4 threads by default), which also serves zlib, fs and crypto for every other request: a
 * burst of 40 sign-ins queued there makes a gzipped /api/images wait behind all of them. Queued
 * here instead, hashing keeps a core and a pool thread free for everything else.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const POOL_SIZE = threadPoolSize();

/** Password hashing: one core and one pool thread fewer than the machine has, at least one. */
export const hashSlots = new ConcurrencyLimit(
  Math.max(1, Math.min(availableParallelism() - 1, POOL_SIZE - 1)),
);
