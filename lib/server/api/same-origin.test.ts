import { describe, expect, it } from "vitest";
import { allowedOrigins, isSameOriginRequest, type SameOriginPolicy } from "./same-origin";

const HTTP_SITE: SameOriginPolicy = { siteUrl: "http://localhost:3000", trustProxy: false };
const HTTPS_SITE: SameOriginPolicy = { siteUrl: "https://library.example.com", trustProxy: false };
const BEHIND_PROXY: SameOriginPolicy = { ...HTTPS_SITE, trustProxy: true };

type Case = [name: string, policy: SameOriginPolicy, headers: Record<string, string>, ok: boolean];

const CASES: Case[] = [
  // Not a browser: no Origin, no cookies sent on their own.
  ["no Origin (curl, server-to-server)", HTTP_SITE, { host: "localhost:3000" }, true],
  [
    "Sec-Fetch-Site cross-site without Origin",
    HTTP_SITE,
    { "sec-fetch-site": "cross-site" },
    false,
  ],

  // Scheme, host and port all have to match.
  [
    "same origin as Host",
    HTTP_SITE,
    { host: "localhost:3000", origin: "http://localhost:3000" },
    true,
  ],
  [
    "same origin as Host on another address",
    HTTP_SITE,
    { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" },
    true,
  ],
  [
    "the site URL's origin, whatever the Host",
    HTTP_SITE,
    { host: "10.0.0.5:3000", origin: "http://localhost:3000" },
    true,
  ],
  [
    "host in another case",
    HTTP_SITE,
    { host: "LOCALHOST:3000", origin: "http://localhost:3000" },
    true,
  ],
  [
    "same host, another port",
    HTTP_SITE,
    { host: "localhost:3000", origin: "http://localhost:3001" },
    false,
  ],
  ["same host, no port", HTTP_SITE, { host: "localhost:3000", origin: "http://localhost" }, false],
  [
    "same host and port, another scheme",
    HTTP_SITE,
    { host: "localhost:3000", origin: "https://localhost:3000" },
    false,
  ],
  [
    "https site reached as http",
    HTTPS_SITE,
    { host: "library.example.com", origin: "http://library.example.com" },
    false,
  ],
  [
    "https site, explicit default port",
    HTTPS_SITE,
    { host: "library.example.com", origin: "https://library.example.com:443" },
    true,
  ],
  [
    "https site, Host with port 443",
    HTTPS_SITE,
    { host: "library.example.com:443", origin: "https://library.example.com" },
    true,
  ],
  ["another site", HTTP_SITE, { host: "localhost:3000", origin: "https://evil.example" }, false],
  [
    "a sibling subdomain",
    HTTPS_SITE,
    { host: "library.example.com", origin: "https://evil.example.com" },
    false,
  ],
  [
    "a suffix trick",
    HTTPS_SITE,
    { host: "library.example.com", origin: "https://library.example.com.evil.example" },
    false,
  ],
  [
    "Origin null (sandboxed frame, data: URL)",
    HTTP_SITE,
    { host: "localhost:3000", origin: "null" },
    false,
  ],
  ["Origin garbage", HTTP_SITE, { host: "localhost:3000", origin: "not a url" }, false],
  [
    "Origin with a path still compares as an origin",
    HTTP_SITE,
    { host: "localhost:3000", origin: "http://localhost:3000/x" },
    true,
  ],
  [
    "Host with user info is not a host",
    HTTP_SITE,
    { host: "evil.example@localhost:3000", origin: "http://evil.example" },
    false,
  ],
  [
    "same origin but Sec-Fetch-Site cross-site",
    HTTP_SITE,
    { host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "cross-site" },
    false,
  ],
  [
    "same-origin fetch metadata",
    HTTP_SITE,
    { host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
    true,
  ],

  // X-Forwarded-* are believed only with TRUST_PROXY.
  [
    "forwarded host, proxy not trusted",
    HTTP_SITE,
    { host: "localhost:3000", "x-forwarded-host": "evil.example", origin: "http://evil.example" },
    false,
  ],
  [
    "forwarded proto, proxy not trusted",
    HTTP_SITE,
    { host: "localhost:3000", "x-forwarded-proto": "https", origin: "https://localhost:3000" },
    false,
  ],
  [
    "forwarded host and proto, proxy trusted",
    BEHIND_PROXY,
    {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "files.example.com",
      "x-forwarded-proto": "https",
      origin: "https://files.example.com",
    },
    true,
  ],
  [
    "forwarded lists: the first (client-facing) value counts",
    BEHIND_PROXY,
    {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "files.example.com, 10.0.0.1",
      "x-forwarded-proto": "https, http",
      origin: "https://files.example.com",
    },
    true,
  ],
  [
    "trusted proxy says http, Origin says https",
    BEHIND_PROXY,
    {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "files.example.com",
      "x-forwarded-proto": "http",
      origin: "https://files.example.com",
    },
    false,
  ],
  [
    "trusted proxy, forwarded host on another port",
    BEHIND_PROXY,
    {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "files.example.com:8443",
      "x-forwarded-proto": "https",
      origin: "https://files.example.com",
    },
    false,
  ],
  [
    "trusted proxy, no forwarded headers: Host with the site's scheme",
    BEHIND_PROXY,
    { host: "library.example.com", origin: "https://library.example.com" },
    true,
  ],
  [
    "trusted proxy, the site URL still allowed",
    BEHIND_PROXY,
    {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "files.example.com",
      "x-forwarded-proto": "https",
      origin: "https://library.example.com",
    },
    true,
  ],
  [
    "trusted proxy, bogus proto falls back to the site's scheme",
    BEHIND_PROXY,
    {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "files.example.com",
      "x-forwarded-proto": "gopher",
      origin: "https://files.example.com",
    },
    true,
  ],
  [
    "extra origins are allowed",
    { ...HTTP_SITE, extraOrigins: ["https://admin.example.com/"] },
    { host: "localhost:3000", origin: "https://admin.example.com" },
    true,
  ],
];

describe("isSameOriginRequest", () => {
  it.each(CASES)("%s", (_name, policy, headers, ok) => {
    expect(isSameOriginRequest(new Headers(headers), policy)).toBe(ok);
  });
});

describe("allowedOrigins", () => {
  it("is the site origin plus the origin the request was sent to", () => {
    const origins = allowedOrigins(new Headers({ host: "127.0.0.1:3000" }), HTTP_SITE);
    expect([...origins].sort()).toEqual(["http://127.0.0.1:3000", "http://localhost:3000"]);
  });
});
