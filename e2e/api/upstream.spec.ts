import { expect, test, resetEmulatorAfterAll } from "../support/fixtures";
import { SEEDED_GUID, VALID_IMAGE } from "../../test/harness/fixtures/api-cases";
import { contextFor, type ErrorBody } from "../support/api-client";

resetEmulatorAfterAll();

test.describe("upstream failures map to the documented errors", () => {
  const cases = [
    { kind: "http_500", status: 502, code: "upstream_error", reference: true },
    { kind: "success_false", status: 502, code: "upstream_error", reference: true },
    { kind: "malformed_json", status: 502, code: "upstream_error", reference: false },
    { kind: "timeout", status: 504, code: "upstream_timeout", reference: false },
  ] as const;

  for (const c of cases) {
    test(`${c.kind} -> ${c.status} ${c.code}`, async ({ playwright, baseURL, emulator }) => {
      test.setTimeout(60_000);
      const request = await contextFor(playwright, baseURL!, "artist");
      await emulator.setFault({ endpoint: "list_images", kind: c.kind });
      const response = await request.get("/api/images?per_page=2");
      expect(response.status()).toBe(c.status);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe(c.code);
      // FinerWorks' reference id whenever its answer carried one (a timeout has no answer).
      if (c.reference) expect(body.error.reference_id).toMatch(/^[0-9a-f]{32}$/);
      if (c.kind === "success_false")
        expect(body.error.message).toMatch(/^FinerWorks refused the request: ./);
      await request.dispose();
    });
  }
});

test("POST answers 207 with the failed rows, and an Idempotency-Key replays the answer", async ({
  playwright,
  baseURL,
  emulator,
}) => {
  const request = await contextFor(playwright, baseURL!, "artist");
  const images = Array.from({ length: 8 }, (_, i) => ({
    ...VALID_IMAGE,
    file_name: `e2e-partial-${i}.jpg`,
  }));
  await emulator.clearRequests();
  await emulator.setFault({ endpoint: "add_images", kind: "http_500", times: 1 });
  const key = `e2e-${Date.now()}`;
  const first = await request.post("/api/images", {
    data: { images, library: "temporary" },
    headers: { "idempotency-key": key },
  });
  expect(first.status()).toBe(207);
  const body = (await first.json()) as { images: unknown[]; failed: { index: number }[] };
  expect(body.images).toHaveLength(3);
  expect(body.failed.map((f) => f.index)).toEqual([0, 1, 2, 3, 4]);

  const again = await request.post("/api/images", {
    data: { images, library: "temporary" },
    headers: { "idempotency-key": key },
  });
  expect(again.status()).toBe(207);
  expect(await again.json()).toEqual(body);
  expect((await emulator.requests()).filter((r) => r.endpoint === "add_images")).toHaveLength(2);
  await request.dispose();
});

test("PATCH with a stale `expected` answers 409 with the current text and changes nothing", async ({
  playwright,
  baseURL,
  emulator,
}) => {
  const request = await contextFor(playwright, baseURL!, "staff");
  await emulator.updateImage(SEEDED_GUID, {
    title: "Changed elsewhere",
    description: "Someone else's words",
  });
  await emulator.clearRequests();
  const response = await request.patch("/api/images", {
    data: {
      images: [
        {
          guid: SEEDED_GUID,
          title: "Mine",
          expected: { title: "What I saw", description: "Someone else's words" },
        },
      ],
    },
  });
  expect(response.status()).toBe(409);
  const body = (await response.json()) as ErrorBody;
  expect(body.error).toMatchObject({
    code: "conflict",
    current: { guid: SEEDED_GUID, title: "Changed elsewhere" },
  });
  expect((await emulator.requests()).filter((r) => r.endpoint === "update_images")).toHaveLength(0);
  await request.dispose();
});
