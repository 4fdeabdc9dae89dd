import { encode, type JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import {
  createCachedTokenDecoder,
  readSessionToken,
  sessionCookieName,
  sessionUserFromToken,
} from "./session-token";

const SECRET = "session-token-test-secret-0123456789abcdef";
const ADMIN: JWT = { email: "admin@example.com", name: "Alex Admin", role: "admin" };

describe("session cookie", () => {
  it("is named like next-auth's, with the secure prefix when cookies are secure", () => {
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
  });

  it("reads one cookie, or joins a chunked token in chunk order, ignoring other cookies", () => {
    const name = sessionCookieName(false);
    expect(readSessionToken([{ name: "other", value: "x" }], name)).toBeNull();
    expect(readSessionToken([{ name, value: "" }], name)).toBeNull();
    expect(
      readSessionToken(
        [
          { name: "csrf", value: "c" },
          { name, value: "whole" },
        ],
        name,
      ),
    ).toBe("whole");
    const chunks = [
      { name: `${name}.2`, value: "C" },
      { name: `${name}.0`, value: "A" },
      { name: "next-auth.csrf-token", value: "x" },
      { name: `${name}.1`, value: "B" },
    ];
    expect(readSessionToken(chunks, name)).toBe("ABC");
  });
});

describe("session user from a token", () => {
  it("carries email, name and role, naming the user by email when the token has no name", () => {
    expect(sessionUserFromToken(ADMIN)).toEqual({
      email: "admin@example.com",
      name: "Alex Admin",
      role: "admin",
    });
    expect(sessionUserFromToken({ email: "a@x.io", role: "artist", name: null })).toEqual({
      email: "a@x.io",
      name: "a@x.io",
      role: "artist",
    });
  });

  it("grants nothing without an email or a valid role", () => {
    expect(sessionUserFromToken({ ...ADMIN, email: null })).toBeNull();
    expect(sessionUserFromToken({ ...ADMIN, role: undefined })).toBeNull();
    expect(sessionUserFromToken({ ...ADMIN, role: "owner" as unknown as JWT["role"] })).toBeNull();
  });
});

describe("cached token decoder", () => {
  it("decodes a real next-auth token once, then answers the same cookie from the cache", async () => {
    const token = await encode({ token: ADMIN, secret: SECRET, maxAge: 60 });
    const { decode } = await import("next-auth/jwt");
    const spy = vi.fn(decode);
    const decodeCached = createCachedTokenDecoder({ secret: SECRET, decode: spy });
    const first = await decodeCached(token);
    expect(first).toMatchObject(ADMIN);
    expect(await decodeCached(token)).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("refuses a tampered token or one sealed with another secret, and never caches a refusal", async () => {
    const token = await encode({ token: ADMIN, secret: SECRET, maxAge: 60 });
    const { decode } = await import("next-auth/jwt");
    const spy = vi.fn(decode);
    const decodeCached = createCachedTokenDecoder({ secret: SECRET, decode: spy });
    const tampered = `${token.slice(0, -3)}${token.endsWith("AAA") ? "BBB" : "AAA"}`;
    expect(await decodeCached(tampered)).toBeNull();
    expect(await decodeCached(tampered)).toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
    const foreign = await encode({
      token: ADMIN,
      secret: "another-secret-entirely-0123456789",
      maxAge: 60,
    });
    expect(await decodeCached(foreign)).toBeNull();
  });

  it("trusts a cached token only until its exp, then decodes again", async () => {
    let now = 1_000_000;
    const decode = vi.fn((params: { token?: string }) => {
      if (now >= 2_000_000) throw new Error("JWTExpired");
      return Promise.resolve(params.token === "t" ? { ...ADMIN, exp: 2_000 } : null);
    });
    const decodeCached = createCachedTokenDecoder({ secret: SECRET, decode, now: () => now });
    expect(await decodeCached("t")).toMatchObject(ADMIN);
    now = 1_999_999;
    expect(await decodeCached("t")).toMatchObject(ADMIN);
    expect(decode).toHaveBeenCalledTimes(1);
    now = 2_000_000;
    expect(await decodeCached("t")).toBeNull();
    expect(await decodeCached("t")).toBeNull();
    expect(decode).toHaveBeenCalledTimes(3);
  });

  it("keeps at most maxEntries tokens, dropping the least recently used", async () => {
    const decode = vi.fn((params: { token?: string }) =>
      Promise.resolve({ ...ADMIN, email: `${params.token}@x.io`, exp: 4_000_000_000 }),
    );
    const decodeCached = createCachedTokenDecoder({ secret: SECRET, decode, maxEntries: 2 });
    await decodeCached("a");
    await decodeCached("b");
    await decodeCached("a");
    await decodeCached("c"); // evicts b, the least recently used
    expect(decode).toHaveBeenCalledTimes(3);
    await decodeCached("a");
    expect(decode).toHaveBeenCalledTimes(3);
    await decodeCached("b");
    expect(decode).toHaveBeenCalledTimes(4);
  });

  it("does not cache a token without exp", async () => {
    const decode = vi.fn(() => Promise.resolve({ ...ADMIN }));
    const decodeCached = createCachedTokenDecoder({ secret: SECRET, decode });
    await decodeCached("no-exp");
    await decodeCached("no-exp");
    expect(decode).toHaveBeenCalledTimes(2);
  });
});
