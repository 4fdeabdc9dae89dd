// A real API route asked with a method it does not take answers like every API error: 405
// method_not_allowed in the one JSON envelope, `Allow` naming what it takes, and the API's
// security headers, signed in or out, before any session or body check. OPTIONS names the same
// methods (not every handler the route file exports).
import { expect, test } from "../support/fixtures";
import { cookieFor, expectApiHeaders, requestAs, WHO } from "../support/api-answers";
import { rawRequest } from "../support/raw-request";

/** Every API route but NextAuth's own, with the methods it takes. */
const ROUTES: Record<string, string[]> = {
  "/api/activity": ["GET"],
  "/api/health": ["GET"],
  "/api/images": ["GET", "POST", "PATCH"],
  "/api/images/duplicates": ["POST"],
  "/api/probe": ["POST"],
  "/api/products": ["GET"],
  "/api/products/some-guid%3A0": ["GET"],
  "/api/products/scan": ["GET", "POST", "DELETE"],
  "/api/removed-products": ["GET"],
  "/api/saved-views": ["GET", "POST", "PATCH", "DELETE"],
  "/api/uploads": ["POST"],
  "/api/uploads/from-url": ["POST"],
  "/api/views": ["GET"],
  "/api/views/refresh": ["POST"],
};
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

const allowOf = (taken: string[]) =>
  [...taken, ...(taken.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");

test.describe("known API routes asked with another method", () => {
  for (const who of WHO) {
    test(`answer 405 method_not_allowed with Allow and the security headers, ${who}`, async ({
      stack,
    }) => {
      const ORIGIN = stack.baseURL;
      for (const [path, taken] of Object.entries(ROUTES)) {
        const takes = (method: string) =>
          taken.includes(method) || (method === "HEAD" && taken.includes("GET"));
        for (const method of METHODS.filter((m) => !takes(m))) {
          const label = `${who} ${method} ${path}`;
          const res = await requestAs(who, method, `${ORIGIN}${path}`);
          expect(res.status, label).toBe(405);
          expect(res.headers.allow, label).toBe(allowOf(taken));
          expectApiHeaders(res, label);
          if (method === "HEAD") continue;
          expect(JSON.parse(res.body), label).toEqual({
            error: {
              code: "method_not_allowed",
              message: `This API route takes ${taken.join(" or ")} only.`,
            },
          });
        }
      }
    });
  }

  test("OPTIONS names the methods each route takes", async ({ stack }) => {
    const ORIGIN = stack.baseURL;
    for (const [path, taken] of Object.entries(ROUTES)) {
      const res = await rawRequest(`${ORIGIN}${path}`, { method: "OPTIONS" });
      expect(res.status, path).toBe(204);
      expect(res.headers.allow, path).toBe(allowOf(taken));
      expectApiHeaders(res, path, false);
    }
  });

  test("a method a route takes still reaches it", async ({ stack }) => {
    const ORIGIN = stack.baseURL;
    expect((await rawRequest(`${ORIGIN}/api/activity`)).status).toBe(401);
    const health = await rawRequest(`${ORIGIN}/api/health`, { headers: cookieFor("admin") });
    expect(health.status).toBe(200);
  });
});
