// User text and image URIs the API refuses with a field error before any upstream call, and the
// ordinary input it keeps accepting (route handlers against an in-process emulator).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import { resetMediaStoreForTests } from "@/lib/server/media/store";
import { setStoresForTests } from "@/lib/server/stores";
import { startAppEmulator, upstreamCalls, type RunningEmulator } from "@/test/harness/emulator";
import { SEEDED_GUID, VALID_IMAGE, type ApiCall } from "@/test/harness/fixtures/api-cases";
import { PRIVATE_URI_CASES, UNICODE_CASES } from "@/test/harness/fixtures/input-cases";
import { callRoute } from "@/test/harness/route";
import * as images from "./images/route";

const KEYS = { webApiKey: "policy-web-key-31ad", appKey: "policy-app-key-c90e" };
let emulator: RunningEmulator;

/** A case as staff, who may add and edit. */
const call = (apiCall: ApiCall) =>
  callRoute<ApiErrorBody>(apiCall.method === "POST" ? images.POST : images.PATCH, "staff", apiCall);
const post = (image: Record<string, unknown>) =>
  call({
    method: "POST",
    path: "/api/images",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ images: [{ ...VALID_IMAGE, ...image }], library: "temporary" }),
  });

beforeAll(async () => {
  emulator = await startAppEmulator({
    keys: KEYS,
    env: { NEXTAUTH_URL: "http://localhost:3000", FINERWORKS_TIMEOUT_MS: "15000" },
  });
  resetMediaStoreForTests();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  setStoresForTests(undefined);
});
afterEach(() => {
  emulator.clearRequests();
});

describe.each([
  ["bidirectional controls and lone surrogates", UNICODE_CASES],
  ["private, loopback, link-local and reserved image URIs", PRIVATE_URI_CASES],
])("%s", (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s -> 400 naming the field", async (_, c) => {
    const answer = await call(c);
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe("invalid_request");
    expect(Object.keys(answer.json.error.fields ?? {})).toContain(c.field);
    expect(upstreamCalls(emulator)).toEqual([]);
  });
});

describe("ordinary input still passes", () => {
  const sentUpstream = () => {
    const body = upstreamCalls(emulator)[0]?.body as
      { images: Record<string, string>[] } | undefined;
    return body?.images[0];
  };

  it.each([
    ["Hebrew", "שקיעה מעל הים"],
    ["Arabic with a right-to-left mark", "غروب الشمس\u200F (2024)"],
    ["mixed scripts", "Tel Aviv תל אביב 2024"],
    ["emoji", "Sunset 🌅 study"],
  ])("a %s title is added as typed", async (_, title) => {
    const answer = await post({ title });
    expect(answer.status).toBe(201);
    expect(sentUpstream()?.title).toBe(title);
  });

  it("normalises text to NFC before it goes upstream", async () => {
    const decomposed = "Cafe\u0301 at noon";
    const answer = await post({
      title: decomposed,
      description: "Ame\u0301lie",
      file_name: "cafe\u0301.jpg",
    });
    expect(answer.status).toBe(201);
    expect(sentUpstream()).toMatchObject({
      title: "Café at noon",
      description: "Amélie",
      file_name: "café.jpg",
    });
  });

  it("normalises an edited title to NFC", async () => {
    const answer = await call({
      method: "PATCH",
      path: "/api/images",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ images: [{ guid: SEEDED_GUID, title: "Cre\u0300me" }] }),
    });
    expect(answer.status).toBe(200);
    const update = upstreamCalls(emulator).find((r) => r.endpoint === "update_images");
    expect((update?.body as { images: { title: string }[] }).images[0]?.title).toBe("Crème");
  });

  it.each([
    ["the emulator in emulator mode", () => `http://127.0.0.1:${emulator.port}/media/a.jpg`],
    ["the media store", () => "http://localhost:3000/media/uploads/abc/a.jpg"],
    ["a public address", () => "https://93.184.215.14/a.jpg"],
    ["a name that does not resolve here", () => "https://images.example.com/a.jpg"],
  ])("an image URI at %s is accepted", async (_, uri) => {
    const answer = await post({ private_hires_uri: uri(), public_thumbnail_uri: uri() });
    expect(answer.status).toBe(201);
  });
});
