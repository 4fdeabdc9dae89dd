import "server-only";
import { serverConfig } from "@/lib/server/config";
import { stores } from "@/lib/server/stores";
import type { SignInThrottleStore } from "@/lib/server/stores/login-throttle";
import type { RateLimitStore } from "@/lib/server/stores/rate-limit";

export interface SignInRules {
  /** Failures of one account from one address that pause that pair. */
  pairMaxFailures: number;
  /** Failures from one address, over every account, that pause the address. */
  addressMaxFailures: number;
  windowMs: number;
  pauseMs: number;
}

export const DEFAULT_SIGN_IN_RULES: SignInRules = {
  pairMaxFailures: 5,
  addressMaxFailures: 20,
  windowMs: 15 * 60_000,
  pauseMs: 15 * 60_000,
};

/** Why sign-in is refused before the password counts: too fast, or paused after failures. */
export type SignInPause =
  | { kind: "too_many_attempts"; retryAfterMs: number }
  | { kind: "account_locked"; retryAfterMs: number }
  | { kind: "address_locked"; retryAfterMs: number };

const pairKey = (email: string, address: string) => `pair:${email}|${address}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * The sign-in rules over the stores. Failures count per account and client address together, so
 * nobody can lock an account for anyone else, and per address across accounts, so one address
 * cannot try many accounts; attempts are also rate limited per address.
 */
export class SignInGuard {
  constructor(
    private readonly throttle: SignInThrottleStore,
    private readonly attempts: RateLimitStore,
    private readonly rules: SignInRules = DEFAULT_SIGN_IN_RULES,
  ) {}

  /** Takes one attempt from the address's budget. */
  async takeAttempt(address: string): Promise<SignInPause | null> {
    const taken = await this.attempts.take(`sign-in:${address}`);
    return taken.allowed ? null : { kind: "too_many_attempts", retryAfterMs: taken.retryAfterMs };
  }

  /** The pause on this account from this address, if any (the address's own pause first). */
  async pause(email: string, address: string): Promise<SignInPause | null> {
    const [addressMs, pairMs] = await Promise.all([
      this.throttle.blockedForMs(addressKey(address)),
      this.throttle.blockedForMs(pairKey(email, address)),
    ]);
    if (addressMs > 0) return { kind: "address_locked", retryAfterMs: addressMs };
    if (pairMs > 0) return { kind: "account_locked", retryAfterMs: pairMs };
    return null;
  }

  /** The address's own pause (the one that does not depend on the account), if any. */
  async addressPause(address: string): Promise<SignInPause | null> {
    const ms = await this.throttle.blockedForMs(addressKey(address));
    return ms > 0 ? { kind: "address_locked", retryAfterMs: ms } : null;
  }

  /** Counts a wrong password; answers the pause it started, if it started one. */
  async recordFailure(email: string, address: string): Promise<SignInPause | null> {
    const { windowMs, pauseMs } = this.rules;
    const [pairFailures, addressFailures] = await Promise.all([
      this.throttle.addFailure(pairKey(email, address), windowMs),
      this.throttle.addFailure(addressKey(address), windowMs),
    ]);
    if (addressFailures >= this.rules.addressMaxFailures) {
      await this.throttle.block(addressKey(address), pauseMs);
      await this.throttle.clearFailures(addressKey(address));
    }
    if (pairFailures >= this.rules.pairMaxFailures) {
      await this.throttle.block(pairKey(email, address), pauseMs);
      await this.throttle.clearFailures(pairKey(email, address));
    }
    return this.pause(email, address);
  }

  /** A right password forgets the pair's failures (not the address's: it may be trying many). */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.throttle.clearFailures(pairKey(email, address));
  }
}

/** The guard over this process's stores and the configured limits. */
export function signInGuard(): SignInGuard {
  const config = serverConfig();
  const { loginThrottle, signInAttempts } = stores();
  return new SignInGuard(loginThrottle, signInAttempts, {
    ...DEFAULT_SIGN_IN_RULES,
    addressMaxFailures: config.signIn.addressMaxFailures,
  });
}
