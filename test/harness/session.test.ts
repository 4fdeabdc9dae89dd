// The seam the route tests act through: withApi reads the session from the request's own
// cookie, decoded and checked for revocation like a browser's, so a test acting as a role proves
// the real path. A route that needs neither FinerWorks nor the store for these answers:
// GET /api/products/<id> refuses non-admins (403) and a malformed id (400) before either.
import { encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import * as details from "@/app/api/products/[id]/route";
import { revokeSession } from "@/lib/server/auth/session-revocation";
import { resetServerConfigForTests } from "@/lib/server/config";
import { callRoute } from "./route";
import { sealSessionToken, sessionClaims, sessionCookieHeader, USERS } from "./session";

const MALFORMED_ID = "/api/products/not-a-product";
const asCookie = (cookie: string | undefined) =>
  callRoute(details.GET, "anonymous", {
    method: "GET",
    path: MALFORMED_ID,
    headers: cookie ? { cookie } : {},
  });

beforeAll(() => {
  process.env.LOG_LEVEL = "silent";
  resetServerConfigForTests();
});

describe("acting as a role through a real session cookie", () => {
  it("reads the role from the cookie: admins pass the role check, others get 403, nobody 401", async () => {
    const status = async (as: "anonymous" | "artist" | "staff" | "admin") =>
      (await callRoute(details.GET, as, { method: "GET", path: MALFORMED_ID })).status;
    expect(await status("admin")).toBe(400);
    expect(await status("staff")).toBe(403);
    expect(await status("artist")).toBe(403);
    expect(await status("anonymous")).toBe(401);
  });

  it("refuses a signed-out session: revocation is checked on every request", async () => {
    const claims = sessionClaims(USERS.admin);
    const cookie = sessionCookieHeader(await sealSessionToken(claims));
    expect((await asCookie(cookie)).status).toBe(400);
    await revokeSession(claims);
    expect((await asCookie(cookie)).status).toBe(401);
  });

  it("refuses a token without an email or a valid role, and one sealed with another secret", async () => {
    const { email, name, sid } = sessionClaims(USERS.admin);
    const tokens: JWT[] = [
      { name, role: "admin", sid },
      { email, name, sid },
      { email, name, role: "owner", sid } as unknown as JWT,
    ];
    for (const token of tokens)
      expect((await asCookie(sessionCookieHeader(await sealSessionToken(token)))).status).toBe(401);
    const forged = await encode({
      token: sessionClaims(USERS.admin),
      secret: "another-secret-of-at-least-32-characters",
    });
    expect((await asCookie(sessionCookieHeader(forged))).status).toBe(401);
    expect((await asCookie(sessionCookieHeader("not-a-token"))).status).toBe(401);
  });
});
