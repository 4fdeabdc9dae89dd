// Malformed percent-encoding in paths, and callbackUrl values next-auth cannot parse, are the
// client's mistakes: 400 or 404, never a 500, and nothing alarming in the server's log.
import { expect, test } from "../support/fixtures";
import { rawRequest } from "../support/raw-request";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

interface Case {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  status: number;
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

const CASES: Case[] = [
  // Paths Next.js cannot decode: refused by the proxy before any route sees them.
  { name: "media: truncated UTF-8 escape", path: "/media/%E0%A4%A", status: 400 },
  { name: "media: a lone percent sign", path: "/media/%", status: 400 },
  { name: "media: a percent sign and one digit", path: "/media/uploads/%4", status: 400 },
  { name: "media: overlong UTF-8 slash", path: "/media/%C0%AF..%C0%AFetc", status: 400 },
  { name: "media: a byte that is never UTF-8", path: "/media/%FF.png", status: 400 },
  { name: "media: encoded traversal", path: "/media/..%2f..%2fetc%2fpasswd", status: 404 },
  {
    name: "media: encoded dot segments resolve to /package.json, a page: sign in",
    path: "/media/%2e%2e/%2e%2e/package.json",
    status: 307,
  },
  { name: "media: encoded NUL", path: "/media/uploads/%00.png", status: 404 },
  { name: "media: encoded backslashes", path: "/media/..%5c..%5cpackage.json", status: 404 },
  { name: "next-auth: malformed action", path: "/api/auth/%", status: 400 },
  { name: "next-auth: malformed provider", path: "/api/auth/signin/%E0%A4%A", status: 400 },
  {
    name: "API: malformed unknown route (no proxy there: no such route)",
    path: "/api/images/%",
    status: 404,
  },
  { name: "API: malformed dynamic segment", path: "/api/products/%", status: 400 },
  { name: "API: malformed product id", path: "/api/products/%E0%A4%A", status: 400 },
  { name: "page: malformed path", path: "/images/%E0%A4%A", status: 400 },
  { name: "page: lone percent sign", path: "/%", status: 400 },

  // callbackUrl next-auth cannot parse, in the query, the body or its cookie.
  { name: "signin ?callbackUrl=%", path: "/api/auth/signin?callbackUrl=%", status: 400 },
  {
    name: "signin ?callbackUrl=javascript:",
    path: "/api/auth/signin?callbackUrl=javascript:alert(1)",
    status: 400,
  },
  {
    name: "signin/credentials ?callbackUrl=%",
    path: "/api/auth/signin/credentials?callbackUrl=%",
    status: 400,
  },
  { name: "csrf ?callbackUrl=%", path: "/api/auth/csrf?callbackUrl=%", status: 400 },
  {
    name: "csrf ?callbackUrl=broken escape",
    path: "/api/auth/csrf?callbackUrl=%E0%A4%A",
    status: 400,
  },
  {
    name: "providers ?callbackUrl=%25%",
    path: "/api/auth/providers?callbackUrl=%25%",
    status: 400,
  },
  {
    name: "session ?callbackUrl=broken IPv6 host",
    path: "/api/auth/session?callbackUrl=http://[::1",
    status: 400,
  },
  {
    name: "session ?callbackUrl=data:",
    path: "/api/auth/session?callbackUrl=data:text/html,x",
    status: 400,
  },
  { name: "error ?error=%", path: "/api/auth/error?error=%", status: 302 },
  {
    name: "callback cookie javascript:",
    path: "/api/auth/csrf",
    headers: { cookie: "next-auth.callback-url=javascript:alert(1)" },
    status: 400,
  },
  {
    // A cookie value that does not decode is dropped by the cookie parser: nothing to refuse.
    name: "callback cookie % is ignored",
    path: "/api/auth/session",
    headers: { cookie: "next-auth.callback-url=%" },
    status: 200,
  },
  {
    name: "credentials body callbackUrl=%",
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: FORM,
    body: form({ callbackUrl: "%", json: "true" }),
    status: 400,
  },
  {
    name: "credentials body callbackUrl=javascript:",
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: FORM,
    body: form({ callbackUrl: "javascript:alert(1)" }),
    status: 400,
  },
  {
    name: "credentials body callbackUrl broken escape",
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: FORM,
    body: "callbackUrl=%E0%A4%A&json=true",
    status: 400,
  },
  {
    name: "credentials JSON body that does not parse",
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{",
    status: 400,
  },
  {
    name: "credentials JSON body that is an array",
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "[]",
    status: 400,
  },
  {
    name: "signout body callbackUrl=%",
    path: "/api/auth/signout",
    method: "POST",
    headers: FORM,
    body: form({ callbackUrl: "%" }),
    status: 400,
  },
  { name: "signin page ?callbackUrl=%", path: "/login?callbackUrl=%", status: 200 },
  {
    name: "signin page ?callbackUrl=broken escape",
    path: "/login?callbackUrl=%E0%A4%A",
    status: 200,
  },
];

// A sequence: the last test reads what the server logged during the ones before it.
test.describe.configure({ mode: "serial" });

test.describe("bad encodings answer 400 or 404, never 500", () => {
  // What the worker's app server wrote before these requests.
  let logStart = 0;
  test.beforeAll(({ stack }) => {
    logStart = stack.appOutput().length;
  });

  for (const c of CASES) {
    test(`${c.method ?? "GET"} ${c.name} -> ${c.status}`, async ({ stack }) => {
      const ORIGIN = stack.baseURL;
      const res = await rawRequest(`${ORIGIN}${c.path}`, {
        method: c.method,
        headers: { ...c.headers, ...(c.body ? { "content-length": String(c.body.length) } : {}) },
        timeoutMs: 10_000,
        body: c.body,
      });
      expect(res.status).toBe(c.status);
      if (res.status === 400 && c.path.startsWith("/api/")) {
        const body = JSON.parse(res.body) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("invalid_request");
      }
      if (c.headers?.cookie && res.status === 400)
        expect(String(res.headers["set-cookie"])).toMatch(/Max-Age=0/);
    });
  }

  test("a parsable callbackUrl elsewhere is signed in to /images, not refused", async ({
    playwright,
    stack,
  }) => {
    const ORIGIN = stack.baseURL;
    const request = await playwright.request.newContext({ baseURL: ORIGIN });
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const res = await request.post("/api/auth/callback/credentials", {
      form: {
        csrfToken,
        email: "artist@example.com",
        password: "demo-password",
        callbackUrl: "https://evil.example/steal",
        json: "true",
      },
    });
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { url: string }).url).toBe(`${ORIGIN}/images`);
    await request.dispose();
  });

  test("the server log has no uncaught exception, 500 or error line from these requests", ({
    stack,
  }) => {
    const written = stack.appOutput().slice(logStart);
    const bad = written
      .split("\n")
      .filter((line) =>
        /uncaughtException|unhandledRejection|⨯|"status":5\d\d|"level":"error"|Internal Server Error/.test(
          line,
        ),
      );
    expect(bad).toEqual([]);
  });
});
