import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import bcrypt from "bcrypt";
import type { Account } from "next-auth";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetServerConfigForTests, serverConfig } from "@/lib/server/config";
import { setStoresForTests } from "@/lib/server/stores";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { buildAuthOptions } from "./options";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { readUsersFile, upsertUser, writeUsersFile } from "./users-file";

const ENV_KEYS = [
  "AUTH_USERS_FILE",
  "AUTH_DEMO_USERS",
  "AUTH_ROLE_MAP",
  "GITHUB_ID",
  "GITHUB_SECRET",
  "FINERWORKS_WEB_API_KEY",
  "FINERWORKS_APP_KEY",
  "NEXTAUTH_SECRET",
  "LOG_LEVEL",
  "TRUST_PROXY",
  "SIGN_IN_ATTEMPTS_PER_MINUTE",
  "SIGN_IN_ADDRESS_MAX_FAILURES",
];
const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

function configure(env: Record<string, string>) {
  for (const key of ENV_KEYS) delete process.env[key];
  Object.assign(process.env, { LOG_LEVEL: "silent", ...env });
  resetServerConfigForTests();
  setStoresForTests(undefined);
  return buildAuthOptions(serverConfig());
}

function authorize(
  options: ReturnType<typeof buildAuthOptions>,
  email: string,
  password: string,
  from = "192.0.2.1",
) {
  const provider = options.providers.find((p) => p.id === "credentials") as unknown as {
    options: CredentialsConfig;
  };
  // With TRUST_PROXY=true (set by the tests that vary it) the address is the X-Forwarded-For one.
  return provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": from } });
}

async function refused(result: unknown): Promise<string | null> {
  try {
    return (await Promise.resolve(result)) === null ? "null" : null;
  } catch (error) {
    return (error as Error).message;
  }
}

let stderrLines: string[] = [];
beforeEach(() => {
  stderrLines = [];
  vi.spyOn(process.stderr, "write").mockImplementation(
    (chunk) => stderrLines.push(String(chunk)) > 0,
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetServerConfigForTests();
});

describe("credentials sign-in", () => {
  it("signs in the demo users in emulator mode, with their role, whatever the email's case", async () => {
    const options = configure({});
    await expect(authorize(options, " Staff@Example.com ", "demo-password")).resolves.toMatchObject(
      { email: "staff@example.com", role: "staff" },
    );
    expect(await refused(authorize(options, "staff@example.com", "wrong"))).toBe("null");
    expect(await refused(authorize(options, "nobody@example.com", "demo-password"))).toBe("null");
  });

  it("has no demo users in live mode unless AUTH_DEMO_USERS=true, which warns", async () => {
    const live = {
      FINERWORKS_WEB_API_KEY: "w-key-123",
      FINERWORKS_APP_KEY: "a-key-123",
      NEXTAUTH_SECRET: "s".repeat(32),
    };
    expect(await refused(authorize(configure(live), "admin@example.com", "demo-password"))).toBe(
      "null",
    );
    const options = configure({ ...live, AUTH_DEMO_USERS: "true", LOG_LEVEL: "warn" });
    expect(stderrLines.join("")).toContain('"event":"auth.demo_users_enabled"');
    await expect(authorize(options, "admin@example.com", "demo-password")).resolves.toMatchObject({
      role: "admin",
    });
  });

  it("reads users from AUTH_USERS_FILE", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "users-")), "users.json");
    writeUsersFile(file, [
      {
        email: "ada@example.com",
        name: "Ada",
        role: "admin",
        passwordHash: bcrypt.hashSync("a-long-password", 4),
      },
    ]);
    const options = configure({ AUTH_USERS_FILE: file, AUTH_DEMO_USERS: "false" });
    await expect(authorize(options, "ada@example.com", "a-long-password")).resolves.toMatchObject({
      name: "Ada",
      role: "admin",
    });
    expect(await refused(authorize(options, "artist@example.com", "demo-password"))).toBe("null"); // demo users off
  });

  it("pauses an email after 5 failures from one address, for that address only", async () => {
    const options = configure({ TRUST_PROXY: "true" });
    const attacker = "203.0.113.9";
    for (let i = 0; i < 4; i++)
      expect(await refused(authorize(options, "artist@example.com", `wrong-${i}`, attacker))).toBe(
        "null",
      );
    expect(await refused(authorize(options, "artist@example.com", "wrong-5", attacker))).toBe(
      "AccountLocked",
    );
    // Locked means locked, even with the right password...
    expect(await refused(authorize(options, "artist@example.com", "demo-password", attacker))).toBe(
      "AccountLocked",
    );
    // ...but only from the attacker's address: the owner still signs in from theirs.
    await expect(
      authorize(options, "artist@example.com", "demo-password", "198.51.100.4"),
    ).resolves.toMatchObject({ role: "artist" });
    await expect(
      authorize(options, "staff@example.com", "demo-password", attacker),
    ).resolves.toMatchObject({ role: "staff" });
  });

  it("pauses an address after its failures across accounts, and limits its attempts", async () => {
    const options = configure({ TRUST_PROXY: "true", SIGN_IN_ADDRESS_MAX_FAILURES: "3" });
    for (const email of ["a@example.com", "b@example.com"])
      expect(await refused(authorize(options, email, "x", "203.0.113.10"))).toBe("null");
    expect(await refused(authorize(options, "c@example.com", "x", "203.0.113.10"))).toBe(
      "AddressLocked",
    );
    expect(
      await refused(authorize(options, "staff@example.com", "demo-password", "203.0.113.10")),
    ).toBe("AddressLocked");

    const limited = configure({ TRUST_PROXY: "true", SIGN_IN_ATTEMPTS_PER_MINUTE: "2" });
    await authorize(limited, "staff@example.com", "demo-password", "203.0.113.11");
    await authorize(limited, "staff@example.com", "demo-password", "203.0.113.11");
    expect(
      await refused(authorize(limited, "staff@example.com", "demo-password", "203.0.113.11")),
    ).toBe("TooManyAttempts");
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY=true", async () => {
    const options = configure({});
    for (let i = 0; i < 5; i++)
      await refused(authorize(options, "artist@example.com", "wrong", `192.0.2.${i + 10}`));
    // Five "addresses" were one client: the account is paused for it whatever header it sends.
    expect(
      await refused(authorize(options, "artist@example.com", "demo-password", "192.0.2.99")),
    ).toBe("AccountLocked");
  });

  it("shows pause minutes only when the server gives them, never from the URL", () => {
    expect(signInErrorMessage("AccountLocked:999")).not.toContain("999");
    expect(signInErrorMessage("AccountLocked:999")).toMatch(/Too many failed sign-ins.*later/);
    expect(signInErrorMessage("AccountLocked", 15)).toMatch(/try again in 15 minutes/);
    expect(signInErrorMessage("AddressLocked", 1)).toMatch(/from your network.*in 1 minute\./);
    expect(signInErrorMessage("TooManyAttempts")).toMatch(/Too many sign-in attempts/);
  });
});

describe("OAuth roles and the session", () => {
  it("maps OAuth emails to roles and refuses unmapped ones", async () => {
    const options = configure({
      GITHUB_ID: "gh",
      GITHUB_SECRET: "gh-secret",
      AUTH_ROLE_MAP: "ok@example.com:staff",
    });
    expect(options.providers.map((p) => p.id)).toEqual(["credentials", "github"]);
    const account = { provider: "github", type: "oauth", providerAccountId: "1" } as Account;
    const signIn = options.callbacks!.signIn!;
    expect(await signIn({ user: { id: "1", email: "OK@example.com" }, account })).toBe(true);
    expect(await signIn({ user: { id: "2", email: "stranger@example.com" }, account })).toBe(false);
    expect(await signIn({ user: { id: "3", email: null }, account })).toBe(false);

    const token = await options.callbacks!.jwt!({
      token: {},
      user: { id: "1", email: "OK@example.com", name: "Ok" },
      account,
    });
    expect(token).toMatchObject({ role: "staff", email: "ok@example.com", name: "Ok" });
    const session = await options.callbacks!.session!({ session: { expires: "" }, token } as never);
    expect(session.user).toEqual({ email: "ok@example.com", name: "Ok", role: "staff" });
    const forged = await options.callbacks!.session!({
      session: { expires: "" },
      token: { ...token, role: "root" },
    } as never);
    expect(forged.user).not.toHaveProperty("role", expect.anything());
  });

  it("uses JWT sessions and plain cookies over http", () => {
    const options = configure({});
    expect(options.session?.strategy).toBe("jwt");
    expect(options.useSecureCookies).toBe(false);
    expect(options.pages?.signIn).toBe("/login");
  });
});

describe("helpers", () => {
  it.each([
    [null, "/images"],
    ["/images?sort=title&dir=asc", "/images?sort=title&dir=asc"],
    ["//evil.example/x", "/images"],
    ["/\\evil.example", "/images"],
    ["https://evil.example/", "/images"],
    ["javascript:alert(1)", "/images"],
    ["/login?callbackUrl=/admin", "/images"],
    ["/admin", "/admin"],
  ])("callback %s -> %s", (input, output) => {
    expect(safeCallbackPath(input, "http://localhost:3000")).toBe(output);
  });

  it("upserts users by email and rejects a broken file", () => {
    const dir = mkdtempSync(join(tmpdir(), "users-"));
    const hash = bcrypt.hashSync("x", 4);
    const users = upsertUser(
      upsertUser([], { email: "a@b.co", name: "A", role: "artist", passwordHash: hash }),
      {
        email: "a@b.co",
        name: "A2",
        role: "admin",
        passwordHash: hash,
      },
    );
    expect(users).toEqual([{ email: "a@b.co", name: "A2", role: "admin", passwordHash: hash }]);
    expect(readUsersFile(join(dir, "missing.json"))).toEqual([]);
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify([{ email: "a@b.co", name: "A", role: "root", passwordHash: hash }]),
    );
    expect(() => readUsersFile(join(dir, "bad.json"))).toThrow(/not a valid users file/);
  });
});
