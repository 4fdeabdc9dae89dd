// What every API answer that is not a route's own carries, checked over raw HTTP, and the saved
// sign-ins' cookies to send with such requests.
import { readFileSync } from "node:fs";
import { expect, storageStateFor } from "./fixtures";
import { rawRequest, type RawResponse } from "./raw-request";

export const WHO = ["anonymous", "artist", "admin"] as const;

/** The Cookie header of a role's saved sign-in. */
export function cookieFor(who: (typeof WHO)[number]): Record<string, string> {
  if (who === "anonymous") return {};
  const state = JSON.parse(readFileSync(storageStateFor(who), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return { cookie: state.cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

/** The API's security headers (and, unless `json` is false, a JSON body that is never cached). */
export function expectApiHeaders(res: RawResponse, label: string, json = true): void {
  if (json) {
    expect(res.headers["content-type"], label).toMatch(/^application\/json/);
    expect(res.headers["cache-control"], label).toBe("no-store");
  }
  expect(res.headers["x-content-type-options"], label).toBe("nosniff");
  expect(res.headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(String(res.headers["content-security-policy"]), label).toContain("default-src 'none'");
  expect(String(res.headers["permissions-policy"]), label).toContain("camera=()");
}

/** `method url` as `who`, with a small JSON body for the methods that carry one. */
export function requestAs(
  who: (typeof WHO)[number],
  method: string,
  url: string,
): Promise<RawResponse> {
  const body = ["POST", "PUT", "PATCH"].includes(method) ? "{}" : undefined;
  return rawRequest(url, {
    method,
    headers: {
      ...cookieFor(who),
      ...(body
        ? { "content-type": "application/json", "content-length": String(body.length) }
        : {}),
    },
    body,
    timeoutMs: 10_000,
  });
}
