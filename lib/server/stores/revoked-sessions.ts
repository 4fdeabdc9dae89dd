import "server-only";
import { ExpiringMap } from "./expiring-map";

/**
 * Sessions signed out before their token expired. In Redis: SET NX PXAT, then PEXPIREAT GT (keeps the later date), and EXISTS.
 * An entry must live as long as any token of the session could, so it is never dropped early.
 */
export interface RevokedSessionStore {
  /** Revokes until `untilMs` (epoch ms); a later date extends an entry, an earlier one does not. */
  revoke(sessionId: string, untilMs: number): Promise<void>;
  isRevoked(sessionId: string): Promise<boolean>;
}

export class MemoryRevokedSessionStore implements RevokedSessionStore {
  // Only signed-in users can add entries (one per sign-out), so keeping every live one is bounded.
  private readonly revoked = new ExpiringMap<true>(100_000, true);

  constructor(private readonly clock: () => number = Date.now) {}

  revoke(sessionId: string, untilMs: number): Promise<void> {
    const now = this.clock();
    const current = this.revoked.get(sessionId, now);
    if (untilMs > now && (!current || current.expiresAt < untilMs))
      this.revoked.set(sessionId, true, untilMs, now);
    return Promise.resolve();
  }

  isRevoked(sessionId: string): Promise<boolean> {
    return Promise.resolve(this.revoked.get(sessionId, this.clock()) !== undefined);
  }
}
