import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env/server-schema.mjs";
import { edgeSettings } from "./edge-settings";
import {
  createNonce,
  NON_PAGE_CSP,
  pageCsp,
  PERMISSIONS_POLICY,
  securityHeaders,
  servedOverHttps,
} from "./security-headers";

const directives = (csp: string) =>
  new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

describe("page CSP", () => {
  const csp = directives(
    pageCsp({ nonce: "abc123", imageOrigins: ["http://127.0.0.1:4010"], https: false }),
  );

  it("allows scripts only by nonce, and nothing remote", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
  });

  it("forbids framing, plugins, base and form hijacks", () => {
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });

  it("shows images from https hosts and the configured image origins", () => {
    expect(csp.get("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https:",
      "http://127.0.0.1:4010",
    ]);
  });

  it("upgrades insecure requests over https only, and allows eval only in development", () => {
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    const https = pageCsp({ nonce: "n", imageOrigins: [], https: true, dev: true });
    expect(directives(https).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(https).get("script-src")).toContain("'unsafe-eval'");
  });

  it("uses a fresh nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("headers", () => {
  it("lets nothing run in API answers and media files", () => {
    const csp = directives(NON_PAGE_CSP);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.has("sandbox")).toBe(true);
  });

  it("deny the features the app does not use, and send HSTS over https only", () => {
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    const plain = securityHeaders("x", false);
    expect(plain).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(plain).not.toHaveProperty("strict-transport-security");
    expect(securityHeaders("x", true)["strict-transport-security"]).toMatch(/^max-age=\d{8}/);
  });

  it.each([
    ["http://localhost:3000", false, null, false],
    ["https://library.example.com", false, null, true],
    ["http://localhost:3000", false, "https", false],
    ["http://localhost:3000", true, "https", true],
    ["http://localhost:3000", true, "HTTPS, http", true],
    ["http://localhost:3000", true, "http", false],
    ["http://localhost:3000", true, null, false],
  ])("site %s, TRUST_PROXY %s, X-Forwarded-Proto %s: https %s", (site, trust, proto, https) => {
    expect(servedOverHttps(site, trust, proto)).toBe(https);
  });
});

describe("edge settings", () => {
  it("take the image origins from the emulator and the media stores", () => {
    const emulator = edgeSettings(
      parseServerEnv({ EMULATOR_PORT: "4111", NEXTAUTH_URL: "http://localhost:3101/" }),
    );
    expect(emulator.siteOrigin).toBe("http://localhost:3101");
    expect(emulator.imageOrigins).toEqual(["http://127.0.0.1:4111", "http://localhost:3101"]);
    const live = edgeSettings(
      parseServerEnv({
        FINERWORKS_WEB_API_KEY: "w",
        FINERWORKS_APP_KEY: "a",
        NEXTAUTH_SECRET: "s".repeat(32),
        NEXTAUTH_URL: "https://library.example.com",
        MEDIA_S3_BUCKET: "art",
        MEDIA_S3_ENDPOINT: "http://minio.internal:9000",
        TRUST_PROXY: "true",
      }),
    );
    expect(live.imageOrigins).toEqual(["http://minio.internal:9000"]);
    expect(live).toMatchObject({ secureCookie: true, trustProxy: true });
  });
});
