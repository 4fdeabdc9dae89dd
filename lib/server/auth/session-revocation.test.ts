import type { JWT } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { resetServerConfigForTests, serverConfig } from "@/lib/server/config";
import { setStoresForTests } from "@/lib/server/stores";
import { MemoryRevokedSessionStore } from "@/lib/server/stores/revoked-sessions";
import { buildAuthOptions } from "./options";
import { activeSessionUser, revokeSession } from "./session-revocation";
import { SESSION_MAX_AGE_S } from "./session-token";

const STAFF: JWT = {
  email: "staff@example.com",
  name: "Sam",
  role: "staff",
  sid: "s-1",
  jti: "j-1",
};
let clock = 1_000_000;

beforeEach(() => {
  process.env.LOG_LEVEL = "silent";
  resetServerConfigForTests();
  clock = Date.now();
  setStoresForTests({ revokedSessions: new MemoryRevokedSessionStore(() => clock) });
});

describe("session revocation", () => {
  it.each<[string, JWT, boolean]>([
    ["a full token", STAFF, true],
    ["a token without an email", { ...STAFF, email: undefined }, false],
    ["a token without a role", { ...STAFF, role: undefined }, false],
    ["a token with an unknown role", { ...STAFF, role: "root" as never }, false],
    ["a token without sid or jti", { ...STAFF, sid: undefined, jti: undefined }, false],
    ["an older token with only a jti", { ...STAFF, sid: undefined }, true],
  ])("%s signs in: %s", async (_name, token, signedIn) => {
    expect((await activeSessionUser(token)) !== null).toBe(signedIn);
  });

  it("revokes every token of a sign-in for as long as any of them can live", async () => {
    await revokeSession({ ...STAFF, jti: "the-one-signed-out" }, clock);
    // Another token of the same sign-in (re-issued, another jti) is signed out too.
    expect(await activeSessionUser({ ...STAFF, jti: "an-earlier-copy" })).toBeNull();
    expect(await activeSessionUser({ ...STAFF, sid: "another-sign-in" })).not.toBeNull();
    clock += SESSION_MAX_AGE_S * 1000;
    expect(await activeSessionUser(STAFF)).toBeNull();
    clock += 61_000;
    expect(await activeSessionUser(STAFF)).not.toBeNull();
  });

  it("is wired to next-auth: sign-in gives a sid, sign-out revokes it, re-issue refuses it", async () => {
    const options = buildAuthOptions(serverConfig());
    const jwt = options.callbacks!.jwt!;
    const token = await jwt({
      token: {},
      user: { id: "staff@example.com", email: "staff@example.com", name: "Sam", role: "staff" },
      account: { provider: "credentials", type: "credentials", providerAccountId: "x" },
    });
    expect(token.sid).toMatch(/^[0-9a-f-]{36}$/);
    await expect(jwt({ token } as never)).resolves.toBe(token);
    await options.events!.signOut!({ token } as never);
    await expect(jwt({ token } as never)).rejects.toThrow("SessionRevoked");
    expect(await activeSessionUser(token)).toBeNull();
  });
});
