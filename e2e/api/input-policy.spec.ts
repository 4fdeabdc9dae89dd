import { expect, test } from "../support/fixtures";
import { contextFor, send, type ErrorBody } from "../support/api-client";
import { PRIVATE_URI_CASES, UNICODE_CASES } from "../../test/harness/fixtures/input-cases";

// Spoofing text and private image URIs get a 400 naming the field, and the emulator's request
// log proves nothing went upstream (the built app over HTTP; the same table runs in vitest).
for (const [group, cases] of [
  ["bidirectional controls and lone surrogates", UNICODE_CASES],
  ["private, loopback, link-local and reserved image URIs", PRIVATE_URI_CASES],
] as const) {
  test.describe(group, () => {
    for (const c of cases) {
      test(`${c.method} ${c.name} -> 400 ${c.field}`, async ({ playwright, baseURL, emulator }) => {
        const request = await contextFor(playwright, baseURL!, "staff");
        await emulator.clearRequests();
        const response = await send(request, c);
        expect(response.status()).toBe(400);
        const body = (await response.json()) as ErrorBody;
        expect(body.error.code).toBe("invalid_request");
        expect(Object.keys(body.error.fields ?? {})).toContain(c.field);
        expect((await emulator.requests()).filter((r) => r.endpoint !== null)).toEqual([]);
        await request.dispose();
      });
    }
  });
}
