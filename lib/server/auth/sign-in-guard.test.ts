import { describe, expect, it } from "vitest";
import { MemorySignInThrottleStore } from "@/lib/server/stores/login-throttle";
import { MemoryTokenBucketStore } from "@/lib/server/stores/rate-limit";
import { DEFAULT_SIGN_IN_RULES, SignInGuard, type SignInPause } from "./sign-in-guard";

const VICTIM = "victim@example.com";
const ATTACKER = "203.0.113.7";
const VICTIM_HOME = "198.51.100.20";
const MIN = 60_000;

type Step =
  | { fail: [email: string, address: string]; times?: number }
  | { succeed: [email: string, address: string] }
  | { wait: number };
type Expectation = [email: string, address: string, kind: SignInPause["kind"] | null];

const many = (n: number, address: string) =>
  Array.from({ length: n }, (_, i): Step => ({ fail: [`user-${i}@example.com`, address] }));

const CASES: { name: string; steps: Step[]; expect: Expectation[] }[] = [
  {
    name: "five failures from one address pause only that account from that address",
    steps: [{ fail: [VICTIM, ATTACKER], times: 5 }],
    expect: [
      [VICTIM, ATTACKER, "account_locked"],
      [VICTIM, VICTIM_HOME, null],
      ["other@example.com", ATTACKER, null],
    ],
  },
  {
    name: "four failures pause nothing",
    steps: [{ fail: [VICTIM, ATTACKER], times: 4 }],
    expect: [[VICTIM, ATTACKER, null]],
  },
  {
    name: "failures from many addresses never add up for one account",
    steps: Array.from({ length: 12 }, (_, i): Step => ({ fail: [VICTIM, `192.0.2.${i}`] })),
    expect: [
      [VICTIM, "192.0.2.1", null],
      [VICTIM, VICTIM_HOME, null],
    ],
  },
  {
    name: "20 failures over 20 accounts from one address pause that address for every account",
    steps: many(20, ATTACKER),
    expect: [
      ["fresh@example.com", ATTACKER, "address_locked"],
      [VICTIM, ATTACKER, "address_locked"],
      [VICTIM, VICTIM_HOME, null],
      ["user-0@example.com", VICTIM_HOME, null],
    ],
  },
  {
    name: "19 failures over many accounts do not pause the address",
    steps: many(19, ATTACKER),
    expect: [["fresh@example.com", ATTACKER, null]],
  },
  {
    name: "a pause ends after 15 minutes",
    steps: [{ fail: [VICTIM, ATTACKER], times: 5 }, { wait: 15 * MIN }],
    expect: [[VICTIM, ATTACKER, null]],
  },
  {
    name: "failures older than the window are forgotten",
    steps: [
      { fail: [VICTIM, ATTACKER], times: 4 },
      { wait: 15 * MIN },
      { fail: [VICTIM, ATTACKER] },
    ],
    expect: [[VICTIM, ATTACKER, null]],
  },
  {
    name: "a right password forgets the account's failures, not the address's",
    steps: [
      { fail: [VICTIM, ATTACKER], times: 4 },
      { succeed: [VICTIM, ATTACKER] },
      { fail: [VICTIM, ATTACKER], times: 4 },
      ...many(12, ATTACKER),
    ],
    expect: [
      [VICTIM, ATTACKER, "address_locked"],
      [VICTIM, VICTIM_HOME, null],
    ],
  },
];

function guardWithClock() {
  const clock = { now: 1_000_000 };
  const guard = new SignInGuard(
    new MemorySignInThrottleStore(() => clock.now),
    new MemoryTokenBucketStore(1_000),
    DEFAULT_SIGN_IN_RULES,
  );
  return { guard, clock };
}

describe("sign-in lockout across accounts and addresses", () => {
  it.each(CASES)("$name", async ({ steps, expect: expectations }) => {
    const { guard, clock } = guardWithClock();
    for (const step of steps) {
      if ("wait" in step) clock.now += step.wait;
      else if ("succeed" in step) await guard.recordSuccess(...step.succeed);
      else for (let i = 0; i < (step.times ?? 1); i++) await guard.recordFailure(...step.fail);
    }
    for (const [email, address, kind] of expectations) {
      const pause = await guard.pause(email, address);
      expect({ email, address, kind: pause?.kind ?? null }).toEqual({ email, address, kind });
    }
  });

  it("reports the pause that a failure starts, with the time left", async () => {
    const { guard, clock } = guardWithClock();
    for (let i = 0; i < 4; i++) expect(await guard.recordFailure(VICTIM, ATTACKER)).toBeNull();
    expect(await guard.recordFailure(VICTIM, ATTACKER)).toEqual({
      kind: "account_locked",
      retryAfterMs: 15 * MIN,
    });
    clock.now += 4 * MIN;
    expect(await guard.pause(VICTIM, ATTACKER)).toEqual({
      kind: "account_locked",
      retryAfterMs: 11 * MIN,
    });
  });
});

describe("sign-in attempts per address", () => {
  it("allows the configured burst per address, then refuses with a retry time", async () => {
    const guard = new SignInGuard(new MemorySignInThrottleStore(), new MemoryTokenBucketStore(3));
    for (let i = 0; i < 3; i++) expect(await guard.takeAttempt(ATTACKER)).toBeNull();
    const refused = await guard.takeAttempt(ATTACKER);
    expect(refused?.kind).toBe("too_many_attempts");
    expect(refused?.retryAfterMs).toBeGreaterThan(0);
    expect(await guard.takeAttempt(VICTIM_HOME)).toBeNull();
  });
});
