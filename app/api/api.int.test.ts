/* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest's expect.any() matchers are typed any */
// The route handlers themselves, against an in-process emulator: the role matrix, the hostile
// inputs (no upstream call), upstream failures, batching, idempotency, conflicts, rate limit, logs.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { FailedRow } from "@/lib/server/images/add-in-batches";
import { setStoresForTests } from "@/lib/server/stores";
import { MemoryTokenBucketStore } from "@/lib/server/stores/rate-limit";
import {
  startAppEmulator,
  upstreamCalls as calledUpstream,
  type RunningEmulator,
} from "@/test/harness/emulator";
import {
  HOSTILE,
  MATRIX,
  SEEDED_GUID,
  STRICT_QUERY,
  VALID_IMAGE,
  type ApiCall,
  type Caller,
} from "@/test/harness/fixtures/api-cases";
import { callRoute } from "@/test/harness/route";
import * as health from "./health/route";
import * as images from "./images/route";

/** The union of the answers' shapes, loosely: each test reads the part it expects. */
interface Json {
  error: ApiErrorBody["error"];
  images: (ImageDetails & { description: string })[];
  failed: FailedRow[];
  page_number: number;
}

const KEYS = { web: "unit-web-key-5b2d9c", app: "unit-app-key-77e1f0" };

let emulator: RunningEmulator;
let logLines: string[] = [];

/** One case of the tables (or a call of this file), as `as`: staff unless a test says otherwise. */
function call(apiCall: ApiCall, as: Caller = "staff") {
  const { method, path } = apiCall;
  const handler = path.startsWith("/api/health")
    ? health.GET
    : method === "GET"
      ? images.GET
      : method === "POST"
        ? images.POST
        : images.PATCH;
  return callRoute<Json | undefined>(handler, as, apiCall);
}

const upstreamCalls = (endpoint?: string) => calledUpstream(emulator, endpoint);
const post = (body: unknown, headers: Record<string, string> = {}, as: Caller = "staff") =>
  call(
    {
      method: "POST",
      path: "/api/images",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    },
    as,
  );
const patch = (body: unknown) =>
  call({
    method: "PATCH",
    path: "/api/images",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  emulator = await startAppEmulator({
    keys: { webApiKey: KEYS.web, appKey: KEYS.app },
    env: { FINERWORKS_TIMEOUT_MS: "500", LOG_LEVEL: "info", RATE_LIMIT_PER_MINUTE: "120" },
  });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  logLines = [];
  const capture = (chunk: unknown) => {
    logLines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  setStoresForTests(undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  emulator.clearFaults();
  emulator.clearRequests();
});

describe("role matrix", () => {
  for (const route of MATRIX.filter((r) => !r.fullStackOnly)) {
    for (const caller of ["anonymous", "artist", "staff", "admin"] as const) {
      it(`${route.name} as ${caller} -> ${route.expected[caller]}`, async () => {
        const answer = await call(route, caller);
        expect(answer.status).toBe(route.expected[caller]);
        if (answer.status >= 400) {
          expect(answer.json?.error.code).toBe(
            answer.status === 401 ? "unauthenticated" : "forbidden",
          );
          expect(upstreamCalls()).toHaveLength(0);
        }
      });
    }
  }
});

describe("hostile inputs", () => {
  it("has at least 40 cases", () => expect(HOSTILE.length).toBeGreaterThanOrEqual(40));
  for (const hostile of HOSTILE) {
    it(`${hostile.method} ${hostile.name} -> ${hostile.status} ${hostile.code}`, async () => {
      const answer = await call(hostile);
      expect(answer.status).toBe(hostile.status);
      expect(answer.json?.error.code).toBe(hostile.code);
      expect(typeof answer.json?.error.message).toBe("string");
      expect(upstreamCalls()).toHaveLength(0);
      expect(Object.prototype).not.toHaveProperty("isAdmin");
    });
  }

  it("names the fields that failed", async () => {
    const answer = await post({
      images: [VALID_IMAGE, { ...VALID_IMAGE, pix_w: 0, title: "x".repeat(201) }],
    });
    expect(answer.json?.error.fields).toMatchObject({
      "images.1.pix_w": [expect.any(String)],
      "images.1.title": [expect.any(String)],
    });
  });
});

describe("strict query strings", () => {
  it.each(STRICT_QUERY)("$name: 400 naming $field, no upstream call", async ({ query, field }) => {
    const answer = await call({ method: "GET", path: `/api/images?${query}` });
    expect(answer.status).toBe(400);
    expect(answer.json?.error.code).toBe("invalid_request");
    const named = Object.keys(answer.json?.error.fields ?? {});
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((key) => key === field || key.startsWith(`${field}.`))).toBe(true);
    expect(upstreamCalls("list_images")).toHaveLength(0);
  });

  it("still accepts plain decimal numbers and a guid list without gaps", async () => {
    const answer = await call({
      method: "GET",
      path: `/api/images?page=01&per_page=2&guids=${SEEDED_GUID}`,
    });
    expect(answer.status).toBe(200);
    expect(upstreamCalls("list_images")[0]?.body).toMatchObject({
      page_number: 1,
      per_page: 2,
      guid_filter: [SEEDED_GUID],
    });
  });
});

describe("GET /api/images", () => {
  it("maps the query to list_images and answers FinerWorks' field names", async () => {
    const answer = await call({
      method: "GET",
      path: "/api/images?per_page=3&sort=title&dir=asc&q=a&active=true&products=false&page=2",
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ page_number: 2, per_page: 3, count: expect.any(Number) });
    expect(Object.keys(answer.json?.images[0] ?? {})).toEqual(
      expect.arrayContaining(["guid", "title", "public_thumbnail_uri", "date_added"]),
    );
    expect(upstreamCalls("list_images")[0]?.body).toMatchObject({
      page_number: 2,
      per_page: 3,
      sort_field: "title",
      sort_direction: "ASC",
      search_filter: "a",
      active: true,
      list_products: false,
      library: { name: "inventory" },
    });
  });

  it("has_products=true keeps, of the page FinerWorks sent, only the images with products", async () => {
    const all = await call({ method: "GET", path: "/api/images?per_page=50&products=false" });
    const withProducts = await call({
      method: "GET",
      path: "/api/images?per_page=50&products=false&has_products=true",
    });
    expect(withProducts.status).toBe(200);
    const kept = withProducts.json?.images ?? [];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.json?.images.length ?? 0);
    for (const image of kept) expect(image.products?.length).toBeGreaterThan(0);
    // The count stays FinerWorks' count of the whole list: paging is FinerWorks'.
    expect(withProducts.json).toMatchObject({ count: (all.json as { count?: number }).count });
    expect(upstreamCalls("list_images")[1]?.body).toMatchObject({ list_products: true });
  });

  it("sanitises product HTML", async () => {
    const answer = await call({
      method: "GET",
      path: `/api/images?guids=5dbae1c2-addc-47ce-9468-843b9730aa52`,
    });
    const products = answer.json?.images[0]?.products ?? [];
    expect(products.length).toBeGreaterThan(0);
    for (const p of products)
      expect(p.description_long ?? "").not.toMatch(/<script|onerror|javascript:|style=/i);
  });
});

describe("upstream failures", () => {
  it.each([
    ["http_500", 502, "upstream_error"],
    ["malformed_json", 502, "upstream_error"],
    ["success_false", 502, "upstream_error"],
    ["timeout", 504, "upstream_timeout"],
  ] as const)("%s -> %i %s with FinerWorks' reference id", async (kind, status, code) => {
    emulator.setFault({ endpoint: "list_images", kind });
    const answer = await call({ method: "GET", path: "/api/images?per_page=1" });
    expect(answer.status).toBe(status);
    expect(answer.json?.error.code).toBe(code);
    // A timeout has no answer to take an id from; a truncated body only has one if the client salvages it.
    if (kind === "http_500" || kind === "success_false")
      expect(answer.json?.error.reference_id).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.text).not.toContain(KEYS.web);
    expect(answer.text).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it("carries FinerWorks' message on success: false", async () => {
    emulator.setFault({ endpoint: "update_images", kind: "success_false" });
    const answer = await patch({ images: [{ guid: SEEDED_GUID, title: "t", description: "d" }] });
    expect(answer.status).toBe(502);
    expect(answer.json?.error.message).toMatch(/^FinerWorks refused the request: .+/);
  });
});

describe("POST /api/images", () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...VALID_IMAGE,
      file_name: `batch-${i}.jpg`,
      title: `Batch ${i}`,
    }));

  it("adds 12 images in 3 calls of at most 5 and answers 201", async () => {
    const answer = await post({ images: many(12) });
    expect(answer.status).toBe(201);
    expect(answer.json?.images).toHaveLength(12);
    expect(
      upstreamCalls("add_images").map((r) => (r.body as { images: unknown[] }).images.length),
    ).toEqual([5, 5, 2]);
  });

  it("answers 207 naming exactly the rows of the failed call", async () => {
    emulator.setFault({ endpoint: "add_images", kind: "http_500", skip: 1, times: 1 });
    const answer = await post({ images: many(12) });
    expect(answer.status).toBe(207);
    expect(answer.json?.images).toHaveLength(7);
    expect(answer.json?.failed.map((f) => f.index)).toEqual([5, 6, 7, 8, 9]);
    expect(answer.json?.failed[0]?.error).toMatchObject({
      code: "upstream_error",
      reference_id: expect.any(String),
    });
    expect(upstreamCalls("add_images")).toHaveLength(3); // never retried
  });

  it("answers the upstream error when every call failed", async () => {
    emulator.setFault({ endpoint: "add_images", kind: "timeout" });
    const answer = await post({ images: many(2) });
    expect(answer.status).toBe(504);
    expect(answer.json?.error.code).toBe("upstream_timeout");
  });

  it("replays the first answer for a repeated Idempotency-Key", async () => {
    const body = { images: many(6) };
    const first = await post(body, { "idempotency-key": "add-6-images-1" });
    const second = await post(body, { "idempotency-key": "add-6-images-1" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(upstreamCalls("add_images")).toHaveLength(2);
    const reused = await post({ images: many(1) }, { "idempotency-key": "add-6-images-1" });
    expect(reused.status).toBe(409);
    // Keys are per user.
    expect(
      (await post(body, { "idempotency-key": "add-6-images-1" }, "artist")).headers.get(
        "idempotent-replayed",
      ),
    ).toBeNull();
  });

  it("lets a failed attempt be retried with the same key", async () => {
    emulator.setFault({ endpoint: "add_images", kind: "http_500", times: 1 });
    expect((await post({ images: many(1) }, { "idempotency-key": "retry-me" })).status).toBe(502);
    expect((await post({ images: many(1) }, { "idempotency-key": "retry-me" })).status).toBe(201);
  });

  it("accepts its own origin", async () => {
    const answer = await post({ images: many(1) }, { origin: "http://localhost:3000" });
    expect(answer.status).toBe(201);
  });
});

describe("PATCH /api/images", () => {
  it("updates and fills a missing description from FinerWorks", async () => {
    emulator.reset();
    const before = (await call({ method: "GET", path: `/api/images?guids=${SEEDED_GUID}` })).json
      ?.images[0];
    emulator.clearRequests();
    const answer = await patch({
      images: [{ guid: SEEDED_GUID, title: "Renamed <b>as typed</b>" }],
    });
    expect(answer.status).toBe(200);
    expect(answer.json?.images).toEqual([
      {
        guid: SEEDED_GUID,
        title: "Renamed <b>as typed</b>",
        description: before?.description ?? "",
        activity_id: expect.any(String),
      },
    ]);
    expect(upstreamCalls().map((r) => r.endpoint)).toEqual(["list_images", "update_images"]);
  });

  it("takes a guid in any case and answers it in lower case", async () => {
    emulator.reset();
    const upper = SEEDED_GUID.toUpperCase();
    const listed = await call({ method: "GET", path: `/api/images?guids=${upper}` });
    expect(listed.json?.images.map((image) => image.guid)).toEqual([SEEDED_GUID]);
    expect(upstreamCalls("list_images")[0]?.body).toMatchObject({ guid_filter: [SEEDED_GUID] });
    const answer = await patch({ images: [{ guid: upper, title: "Case test" }] });
    expect(answer.status).toBe(200);
    expect(answer.json?.images).toMatchObject([{ guid: SEEDED_GUID, title: "Case test" }]);
  });

  it("answers 409 with the current values, changing nothing, when `expected` is stale", async () => {
    emulator.reset();
    const now = (await call({ method: "GET", path: `/api/images?guids=${SEEDED_GUID}` })).json!
      .images[0]!;
    emulator.clearRequests();
    const answer = await patch({
      images: [
        {
          guid: SEEDED_GUID,
          title: "Mine",
          expected: { title: "Something else", description: now.description },
        },
      ],
    });
    expect(answer.status).toBe(409);
    expect(answer.json?.error).toMatchObject({
      code: "conflict",
      current: { guid: SEEDED_GUID, title: now.title, description: now.description ?? "" },
    });
    expect(upstreamCalls("update_images")).toHaveLength(0);
    const ok = await patch({
      images: [
        {
          guid: SEEDED_GUID,
          title: "Mine",
          expected: { title: now.title, description: now.description },
        },
      ],
    });
    expect(ok.status).toBe(200);
  });

  it("answers 404 for an unknown guid", async () => {
    const answer = await patch({
      images: [{ guid: "00000000-0000-4000-8000-000000000000", title: "x" }],
    });
    expect(answer.status).toBe(404);
    expect(upstreamCalls("update_images")).toHaveLength(0);
  });
});

describe("GET /api/health", () => {
  it("reports ok, then unreachable on a timeout", async () => {
    expect((await call({ method: "GET", path: "/api/health" })).json).toMatchObject({
      mode: "emulator",
      upstream: "ok",
      latency_ms: expect.any(Number),
    });
    emulator.setFault({ endpoint: "test_my_credentials", kind: "timeout" });
    expect((await call({ method: "GET", path: "/api/health" })).json).toMatchObject({
      upstream: "unreachable",
    });
  });
});

describe("rate limit and logs", () => {
  it("refuses the request over the per-user budget with 429 and Retry-After", async () => {
    setStoresForTests({ rateLimit: new MemoryTokenBucketStore(2) });
    expect((await call({ method: "GET", path: "/api/health" })).status).toBe(200);
    expect((await call({ method: "GET", path: "/api/health" })).status).toBe(200);
    const third = await call({ method: "GET", path: "/api/health" });
    expect(third.status).toBe(429);
    expect(third.json?.error.code).toBe("rate_limited");
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call({ method: "GET", path: "/api/health" }, "artist")).status).toBe(200);
  });

  it("writes one line per request with route, user, status, duration and reference id, and no key", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "success_false" });
    const answer = await call({ method: "GET", path: "/api/images" });
    const lines = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === "api.request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      route: "GET /api/images",
      user: "staff@example.com",
      status: 502,
      duration_ms: expect.any(Number),
      reference_id: answer.json?.error.reference_id,
    });
    expect(logLines.join("")).not.toContain(KEYS.web);
    expect(logLines.join("")).not.toContain(KEYS.app);
  });
});
