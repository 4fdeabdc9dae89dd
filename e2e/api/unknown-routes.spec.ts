// An /api/ path no route claims answers like every API error: 404 with the one JSON envelope and
// the API's security headers, whatever the method, the spelling of the path (malformed
// percent-encoding included) or the session. The same 404 for everyone: the routes are listed
// in the README, so a signed-out probe learns nothing from it that a 401 would hide.
import { expect, test } from "../support/fixtures";
import { cookieFor, expectApiHeaders, requestAs, WHO } from "../support/api-answers";
import { rawRequest } from "../support/raw-request";

const PATHS = [
  "/api/no-such-route",
  "/api/images/extra",
  "/api/images/duplicates/more",
  "/api/v2/images?per_page=1",
  "/api/not-found",
  "/api/images/%",
  "/api/images/%E0%A4%A",
  "/api/%FF",
];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
test.describe("unknown API paths", () => {
  for (const who of WHO) {
    test(`answer 404 not_found with the security headers, ${who}`, async ({ stack }) => {
      const ORIGIN = stack.baseURL;
      for (const path of PATHS) {
        for (const method of METHODS) {
          const label = `${who} ${method} ${path}`;
          const res = await requestAs(who, method, `${ORIGIN}${path}`);
          expect(res.status, label).toBe(404);
          expectApiHeaders(res, label);
          if (method === "HEAD") continue;
          expect(JSON.parse(res.body), label).toEqual({
            error: { code: "not_found", message: "There is no such API route." },
          });
        }
      }
    });
  }

  test("leave the real routes alone: they still answer as themselves", async ({ stack }) => {
    const ORIGIN = stack.baseURL;
    expect((await rawRequest(`${ORIGIN}/api/images`)).status).toBe(401);
    expect(
      (await rawRequest(`${ORIGIN}/api/images`, { headers: cookieFor("artist") })).status,
    ).toBe(200);
    const session = await rawRequest(`${ORIGIN}/api/auth/session`);
    expect(session.status).toBe(200);
  });
});
