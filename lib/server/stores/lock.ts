import "server-only";
import { randomUUID } from "node:crypto";

/**
 * "One at a time across instances": a named lock with a lease. Only the holder's token releases
 * it, so a holder whose lease ran out (and whose lock someone else took) cannot free the new
 * holder's lock. In Redis: SET NX PX, and a token-checked DEL in one script.
 */
export interface LockStore {
  /** Takes `name` for `leaseMs` when it is free: the token to release it with, or null when held. */
  acquire(name: string, leaseMs: number): Promise<string | null>;
  /** Frees `name` if `token` still holds it; answers whether it did. */
  release(name: string, token: string): Promise<boolean>;
}

/** Runs `work` under `name`, or answers `{ ran: false }` at once when another holder has it. */
export async function withLock<T>(
  locks: LockStore,
  name: string,
  leaseMs: number,
  work: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const token = await locks.acquire(name, leaseMs);
  if (token === null) return { ran: false };
  try {
    return { ran: true, value: await work() };
  } finally {
    await locks.release(name, token);
  }
}

export class MemoryLockStore implements LockStore {
  private readonly held = new Map<string, { token: string; expiresAt: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  acquire(name: string, leaseMs: number): Promise<string | null> {
    const now = this.clock();
    const current = this.held.get(name);
    if (current && current.expiresAt > now) return Promise.resolve(null);
    const token = randomUUID();
    this.held.set(name, { token, expiresAt: now + leaseMs });
    return Promise.resolve(token);
  }

  release(name: string, token: string): Promise<boolean> {
    const current = this.held.get(name);
    const mine = current?.token === token && current.expiresAt > this.clock();
    if (current?.token === token) this.held.delete(name);
    return Promise.resolve(mine);
  }
}
