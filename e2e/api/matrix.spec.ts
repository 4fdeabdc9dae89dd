import { encode } from "next-auth/jwt";
import { expect, test, resetEmulatorAfterAll } from "../support/fixtures";
import { MATRIX, type Caller } from "../../test/harness/fixtures/api-cases";
import { contextFor, send, type ErrorBody } from "../support/api-client";

resetEmulatorAfterAll();

const CALLERS: Caller[] = ["anonymous", "artist", "staff", "admin"];

// Every route as every caller: the server enforces the role table whatever the UI shows.
for (const caller of CALLERS) {
  test.describe(`as ${caller}`, () => {
    for (const route of MATRIX) {
      test(`${route.name} -> ${route.expected[caller]}`, async ({
        playwright,
        baseURL,
        emulator,
      }) => {
        const request = await contextFor(playwright, baseURL!, caller);
        await emulator.clearRequests();
        const response = await send(request, route);
        expect(response.status()).toBe(route.expected[caller]);
        expect(response.headers()["content-type"]).toContain("application/json");
        if (response.status() === 401 || response.status() === 403) {
          const body = (await response.json()) as ErrorBody;
          expect(body.error.code).toBe(response.status() === 401 ? "unauthenticated" : "forbidden");
          expect((await emulator.requests()).filter((r) => r.endpoint !== null)).toHaveLength(0);
        }
        await request.dispose();
      });
    }
  });
}

test("a forged or broken session cookie is anonymous", async ({ playwright, baseURL }) => {
  const forged = await encode({
    token: { email: "admin@example.com", name: "Mallory", role: "admin" },
    secret: "not-the-server-secret",
  });
  for (const value of [forged, "garbage"]) {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `next-auth.session-token=${value}` },
    });
    expect((await request.get("/api/images")).status()).toBe(401);
    expect((await request.get("/admin", { maxRedirects: 0 })).status()).toBe(307);
    await request.dispose();
  }
});

test("pages redirect anonymous visitors to sign-in; API routes answer 401 JSON", async ({
  playwright,
  baseURL,
}) => {
  const request = await contextFor(playwright, baseURL!, "anonymous");
  const page = await request.get("/images?sort=title", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toMatch(/\/login\?callbackUrl=%2Fimages%3Fsort%3Dtitle$/);
  expect((await request.get("/api/health", { maxRedirects: 0 })).status()).toBe(401);
  await request.dispose();
});

test("admin pages answer 403 to artists and staff, 200 to admins", async ({
  playwright,
  baseURL,
}) => {
  for (const [caller, status] of [
    ["artist", 403],
    ["staff", 403],
    ["admin", 200],
  ] as const) {
    const request = await contextFor(playwright, baseURL!, caller);
    expect((await request.get("/admin")).status(), caller).toBe(status);
    await request.dispose();
  }
});
