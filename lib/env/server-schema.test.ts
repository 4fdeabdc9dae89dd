import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./server-schema.mjs";

describe("server env", () => {
  it("runs on the emulator with no configuration", () => {
    const config = parseServerEnv({});
    expect(config.mode).toBe("emulator");
    expect(config.finerworks).toMatchObject({
      apiUrl: "http://127.0.0.1:4010/v3",
      webApiKey: "emulator-web-api-key",
      appKey: "emulator-app-key",
      siteId: 2,
      library: "inventory",
      timeoutMs: 15000,
    });
    expect(config.finerworks.sessionId).toHaveLength(32);
    expect(parseServerEnv({}).finerworks.sessionId).toBe(config.finerworks.sessionId);
    expect(config.auth.demoUsers).toBe(true);
  });

  it("switches to the live API when both keys are set", () => {
    const config = parseServerEnv({
      FINERWORKS_WEB_API_KEY: "w",
      FINERWORKS_APP_KEY: "a",
      NEXTAUTH_SECRET: "s".repeat(32),
    });
    expect(config.mode).toBe("live");
    expect(config.finerworks.apiUrl).toBe("https://api.finerworks.com/v3");
    expect(config.auth.demoUsers).toBe(false);
  });

  it.each([
    [{ FINERWORKS_WEB_API_KEY: "w" }, /FINERWORKS_APP_KEY is missing/],
    [{ FINERWORKS_APP_KEY: "a" }, /FINERWORKS_WEB_API_KEY is missing/],
    [{ FINERWORKS_WEB_API_KEY: "w", FINERWORKS_APP_KEY: "a" }, /NEXTAUTH_SECRET is required/],
    [{ FINERWORKS_SESSION_ID: "short" }, /FINERWORKS_SESSION_ID/],
    [{ FINERWORKS_LIBRARY: "gallery" }, /FINERWORKS_LIBRARY/],
    [{ FINERWORKS_SITE_ID: "two" }, /FINERWORKS_SITE_ID/],
    [{ FINERWORKS_API_URL: "ftp://example.com" }, /FINERWORKS_API_URL/],
    [{ AUTH_ROLE_MAP: "a@example.com:owner" }, /AUTH_ROLE_MAP/],
  ])("rejects %o", (env, message) => {
    expect(() => parseServerEnv(env)).toThrow(message);
  });

  it("never echoes a key value in its error", () => {
    expect(() => parseServerEnv({ FINERWORKS_WEB_API_KEY: "super-secret-value" })).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining("super-secret-value") as unknown,
      }) as Error,
    );
  });

  it("keeps demo users in live mode only when asked", () => {
    const config = parseServerEnv({
      FINERWORKS_WEB_API_KEY: "w",
      FINERWORKS_APP_KEY: "a",
      NEXTAUTH_SECRET: "x".repeat(32),
      AUTH_DEMO_USERS: "true",
    });
    expect(config.auth.demoUsers).toBe(true);
    expect(parseServerEnv({ AUTH_DEMO_USERS: "false" }).auth.demoUsers).toBe(false);
  });

  it("parses the role map", () => {
    expect(
      parseServerEnv({ AUTH_ROLE_MAP: "A@example.com:admin, b@example.com:staff" }).auth.roleMap,
    ).toEqual({
      "a@example.com": "admin",
      "b@example.com": "staff",
    });
  });

  it.each([
    [{}, { engine: "sqlite", file: "data/app.db" }],
    [{ DATABASE_URL: "file:data/e2e.db" }, { engine: "sqlite", file: "data/e2e.db" }],
    [{ DATABASE_URL: "file:///tmp/app.db" }, { engine: "sqlite", file: "/tmp/app.db" }],
    [
      { DATABASE_URL: "postgres://app:pw@db.internal:5432/dashboard" },
      { engine: "postgres", url: "postgres://app:pw@db.internal:5432/dashboard" },
    ],
    [
      { DATABASE_URL: "postgresql://db/dashboard" },
      { engine: "postgres", url: "postgresql://db/dashboard" },
    ],
  ])("stores history in %o", (env, database) => {
    expect(parseServerEnv(env).database).toEqual(database);
  });

  it.each(["mysql://u:secret-pw@db/app", "postgres://", "data/app.db", "file:"])(
    "rejects DATABASE_URL=%s without echoing it",
    (url) => {
      let message = "";
      try {
        parseServerEnv({ DATABASE_URL: url });
      } catch (error) {
        message = error instanceof Error ? error.message : "";
      }
      expect(message).toMatch(/DATABASE_URL: must be postgres/);
      expect(message).not.toContain("secret-pw");
    },
  );

  it("reads the product review settings, with their defaults", () => {
    expect(parseServerEnv({}).products).toEqual({
      snapshotMaxAgeMs: 3_600_000,
      thinMarginPercent: 30,
    });
    expect(
      parseServerEnv({
        PRODUCTS_SNAPSHOT_MAX_AGE_MINUTES: "5",
        PRODUCTS_THIN_MARGIN_PERCENT: "12.5",
      }).products,
    ).toEqual({ snapshotMaxAgeMs: 300_000, thinMarginPercent: 12.5 });
    expect(() => parseServerEnv({ PRODUCTS_SNAPSHOT_MAX_AGE_MINUTES: "0" })).toThrow(
      /PRODUCTS_SNAPSHOT_MAX_AGE_MINUTES/,
    );
    expect(() => parseServerEnv({ PRODUCTS_THIN_MARGIN_PERCENT: "101" })).toThrow(
      /PRODUCTS_THIN_MARGIN_PERCENT/,
    );
  });

  it("records history unless turned off, and never turns it off for the live API", () => {
    expect(parseServerEnv({}).historyRecording).toBe(true);
    expect(parseServerEnv({ HISTORY_RECORDING: "false" }).historyRecording).toBe(false);
    expect(() =>
      parseServerEnv({
        FINERWORKS_WEB_API_KEY: "w",
        FINERWORKS_APP_KEY: "a",
        NEXTAUTH_SECRET: "x".repeat(32),
        HISTORY_RECORDING: "false",
      }),
    ).toThrow(/HISTORY_RECORDING=false is for benchmarks/);
  });

  it.each([
    [undefined, false],
    ["", false],
    ["false", false],
    ["0", false],
    ["true", true],
    ["1", true],
  ])("TRUST_PROXY=%s trusts forwarded headers: %s", (value, trusted) => {
    expect(parseServerEnv({ TRUST_PROXY: value }).trustProxy).toBe(trusted);
  });

  it("refuses a TRUST_PROXY that is not a boolean", () => {
    expect(() => parseServerEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});
