// A paused account, an unknown email and a wrong password must take the same time to refuse,
// or the timing tells an attacker which emails exist and when a pause ends. Medians over several
// tries, compared with a wide bound: skipping the hash would be ~0 ms against ~50 ms.
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetServerConfigForTests, serverConfig } from "@/lib/server/config";
import { setStoresForTests } from "@/lib/server/stores";
import { median } from "@/bench/lib/stats";
import { buildAuthOptions } from "./options";

const TRIES = 9;
const ENV = { TRUST_PROXY: "true", SIGN_IN_ATTEMPTS_PER_MINUTE: "10000", LOG_LEVEL: "silent" };
const saved = Object.fromEntries(Object.keys(ENV).map((k) => [k, process.env[k]]));

let authorize: (email: string, password: string, from: string) => Promise<string>;

beforeAll(() => {
  Object.assign(process.env, ENV);
  resetServerConfigForTests();
  setStoresForTests(undefined);
  const provider = buildAuthOptions(serverConfig()).providers.find(
    (p) => p.id === "credentials",
  ) as unknown as { options: CredentialsConfig };
  authorize = async (email, password, from) => {
    try {
      const user = await provider.options.authorize(
        { email, password },
        { headers: { "x-forwarded-for": from } },
      );
      return user ? "ok" : "null";
    } catch (error) {
      return (error as Error).message;
    }
  };
});

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetServerConfigForTests();
});

async function timed(attempt: () => Promise<string>, outcome: string): Promise<number> {
  const started = performance.now();
  expect(await attempt()).toBe(outcome);
  return performance.now() - started;
}

describe("sign-in refusal timing", () => {
  it("is the same for a paused account, an unknown email and a wrong password", async () => {
    const locked = "203.0.113.50";
    for (let i = 0; i < 5; i++) await authorize("staff@example.com", "wrong", locked);
    const samples: Record<"wrong" | "unknown" | "locked", number[]> = {
      wrong: [],
      unknown: [],
      locked: [],
    };
    for (let i = 0; i < TRIES; i++) {
      // One failure per address for the wrong passwords, so they never pause anything.
      const from = `198.51.100.${i + 1}`;
      samples.wrong.push(await timed(() => authorize("admin@example.com", "no", from), "null"));
      samples.unknown.push(
        await timed(() => authorize(`ghost-${i}@example.com`, "no", from), "null"),
      );
      samples.locked.push(
        await timed(() => authorize("staff@example.com", "demo-password", locked), "AccountLocked"),
      );
    }
    const wrong = median(samples.wrong);
    for (const kind of ["unknown", "locked"] as const) {
      const ratio = median(samples[kind]) / wrong;
      expect(ratio, `${kind} median / wrong-password median`).toBeGreaterThan(0.5);
      expect(ratio, `${kind} median / wrong-password median`).toBeLessThan(2);
    }
  });
});
