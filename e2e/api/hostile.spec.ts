import { expect, test } from "../support/fixtures";
import { HOSTILE } from "../../test/harness/fixtures/api-cases";
import { contextFor, send, type ErrorBody } from "../support/api-client";

// Each hostile input gets its 4xx, and the emulator's request log proves nothing went upstream.
test.describe("hostile inputs (as staff)", () => {
  test("the table has at least 40 cases", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  for (const hostile of HOSTILE) {
    test(`${hostile.method} ${hostile.name} -> ${hostile.status} ${hostile.code}`, async ({
      playwright,
      baseURL,
      emulator,
    }) => {
      const request = await contextFor(playwright, baseURL!, "staff");
      await emulator.clearRequests();
      const response = await send(request, hostile);
      expect(response.status()).toBe(hostile.status);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe(hostile.code);
      expect(body.error.message.length).toBeGreaterThan(0);
      expect((await emulator.requests()).filter((r) => r.endpoint !== null)).toEqual([]);
      await request.dispose();
    });
  }
});
