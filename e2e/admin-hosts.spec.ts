// Admin pages, sessions and proxy headers on servers bound to each host name `next start -H` is
// given: a 403 at once for non-admins (no rewrite looping back into the app), no redirect loop for
// a session token without an email or a role, and X-Forwarded-* believed only with TRUST_PROXY.
import { encode, type JWT } from "next-auth/jwt";
import { startAppServer, type AppServer } from "./support/app-server";
import { expect, test } from "./support/fixtures";
import { rawRequest } from "./support/raw-request";

const TEST_SECRET = "e2e-admin-hosts-secret-0123456789abcdef012345";
const HOSTS = ["127.0.0.1", "localhost", "0.0.0.0"] as const;
const ADMIN_PATHS = ["/admin", "/admin/settings", "/admin/a/b/c", "/admin/forbidden"];
const ARTIST: JWT = { email: "artist@example.com", name: "Ada Artist", role: "artist" };
const ADMIN: JWT = { email: "admin@example.com", name: "Alex Admin", role: "admin" };

const cookieFor = async (token: JWT) =>
  `next-auth.session-token=${await encode({ token, secret: TEST_SECRET })}`;

for (const host of HOSTS) {
  test.describe(`next start -H ${host}`, () => {
    // One server per host name, its tests in order in one worker (the hosts side by side).
    test.describe.configure({ mode: "default" });
    let server: AppServer;
    let origin = "";
    let port = 0;
    // One of the three runs behind a "trusted proxy", to see X-Forwarded-* change something.
    const trustProxy = host === "0.0.0.0";

    test.beforeAll(async ({ stack }) => {
      test.setTimeout(90_000);
      server = await startAppServer(
        stack.emulatorPort,
        { NEXTAUTH_SECRET: TEST_SECRET, TRUST_PROXY: String(trustProxy), LOG_LEVEL: "warn" },
        { host },
      );
      origin = server.baseURL;
      port = Number(new URL(origin).port);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test("non-admins get the 403 page at once on every admin path, whatever the Host", async () => {
      const artist = await cookieFor(ARTIST);
      const hostHeaders = new Set([
        new URL(origin).host,
        `localhost:${port}`,
        `127.0.0.1:${port}`,
        `library.example.com`,
      ]);
      for (const hostHeader of hostHeaders) {
        for (const path of ADMIN_PATHS) {
          const started = performance.now();
          const res = await rawRequest(`${origin}${path}`, {
            headers: { host: hostHeader, cookie: artist },
            timeoutMs: 5000,
          });
          const what = `${path} with Host ${hostHeader}`;
          expect(res.status, what).toBe(403);
          expect(res.body, what).toContain("Admins only");
          expect(performance.now() - started, what).toBeLessThan(3000);
        }
      }
    });

    test("admins get the admin page, and a 404 for admin paths that do not exist", async () => {
      const admin = await cookieFor(ADMIN);
      const page = await rawRequest(`${origin}/admin`, {
        headers: { cookie: admin },
        timeoutMs: 10_000,
      });
      expect(page.status).toBe(200);
      expect(page.body).toContain("Health");
      const missing = await rawRequest(`${origin}/admin/settings`, {
        headers: { cookie: admin },
        timeoutMs: 5000,
      });
      expect(missing.status).toBe(404);
    });

    const partialTokens: [string, JWT][] = [
      ["no email", { name: "No Email", role: "admin" }],
      ["an empty email", { email: "", name: "Empty", role: "admin" }],
      ["no role", { email: "artist@example.com", name: "Ada Artist" }],
      ["an unknown role", { email: "artist@example.com", role: "owner" as JWT["role"] }],
    ];
    for (const [what, token] of partialTokens) {
      test(`a session token with ${what} is signed out everywhere, without a loop`, async ({
        browser,
      }) => {
        const cookie = await cookieFor(token);
        const images = await rawRequest(`${origin}/images`, { headers: { cookie } });
        expect(images.status).toBe(307);
        expect(images.headers.location).toMatch(/\/login\?callbackUrl=%2Fimages$/);
        const login = await rawRequest(`${origin}/login?callbackUrl=%2Fimages`, {
          headers: { cookie },
        });
        expect(login.status).toBe(200);
        const api = await rawRequest(`${origin}/api/health`, { headers: { cookie } });
        expect(api.status).toBe(401);

        // The browser follows every redirect and must come to rest on the sign-in form.
        const context = await browser.newContext();
        await context.addCookies([
          {
            name: "next-auth.session-token",
            value: cookie.split("=")[1]!,
            url: origin,
          },
        ]);
        const tab = await context.newPage();
        const response = await tab.goto(`${origin}/admin`);
        expect(response?.status()).toBe(200);
        expect(new URL(tab.url()).pathname).toBe("/login");
        await expect(tab.getByRole("button", { name: "Sign in" })).toBeVisible();
        await context.close();
      });
    }

    test(`X-Forwarded-* ${trustProxy ? "are" : "are not"} believed (TRUST_PROXY=${trustProxy})`, async () => {
      const forwarded = {
        "x-forwarded-host": "files.example.com",
        "x-forwarded-proto": "https",
      };
      const login = await rawRequest(`${origin}/login`, { headers: forwarded });
      expect(login.headers["strict-transport-security"] !== undefined).toBe(trustProxy);

      // A mutation from the proxy's public origin passes the same-origin check only when trusted
      // (it then fails on its empty body: 400); untrusted, it is a cross-site request (403).
      const post = await rawRequest(`${origin}/api/images`, {
        method: "POST",
        headers: {
          ...forwarded,
          cookie: await cookieFor(ARTIST),
          origin: "https://files.example.com",
          "content-type": "application/json",
        },
      });
      expect(post.status).toBe(trustProxy ? 400 : 403);
    });
  });
}
