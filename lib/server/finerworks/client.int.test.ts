// The FinerWorks client over real HTTP against the emulator, including every fault kind.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { createFinerWorksClient, type FinerWorksClientConfig } from "./client";
import { FinerWorksError } from "./errors";

const KEYS = { webApiKey: "test-web-key-0123456789", appKey: "test-app-key-9876543210" };

let emulator: RunningEmulator;

function client(overrides: Partial<FinerWorksClientConfig> = {}) {
  return createFinerWorksClient({
    apiUrl: emulator.url,
    ...KEYS,
    siteId: 2,
    sessionId: "0123456789abcdef0123456789abcdef",
    accountKey: "",
    library: "inventory",
    timeoutMs: 2_000,
    retryBaseMs: 10,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<FinerWorksError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FinerWorksError);
  const fwError = error as FinerWorksError;
  // Keys never travel inside an error, whatever its kind.
  const dump = `${fwError.message} ${JSON.stringify(fwError)} ${String(fwError.stack)}`;
  expect(dump).not.toContain(KEYS.webApiKey);
  expect(dump).not.toContain(KEYS.appKey);
  return fwError;
}

const callsTo = (endpoint: string) => emulator.requests().filter((r) => r.endpoint === endpoint);

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, webApiKey: KEYS.webApiKey, appKey: KEYS.appKey });
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  emulator.clearFaults();
  emulator.clearRequests();
});

describe("FinerWorks client against the emulator", () => {
  it("lists a page with the library object built from config", async () => {
    const page = await client().listImages({
      per_page: 5,
      sort_field: "title",
      sort_direction: "ASC",
      list_products: true,
    });
    expect(page.status.success).toBe(true);
    expect(page.images).toHaveLength(5);
    expect(page.count).toBeGreaterThan(100);
    const titles = page.images.map((i) => i.title ?? "");
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })),
    );
    const [call] = callsTo("list_images");
    expect(call?.method).toBe("POST");
    expect(call?.body).toMatchObject({
      library: {
        name: "inventory",
        session_id: "0123456789abcdef0123456789abcdef",
        account_key: "",
        site_id: 2,
      },
      per_page: 5,
    });
  });

  it("also runs over global fetch, which fits the transport option", async () => {
    const page = await client({ fetch }).listImages({ per_page: 2 });
    expect(page.images).toHaveLength(2);
    const error = await failure(client({ fetch, appKey: "wrong-app-key" }).testCredentials());
    expect(error).toMatchObject({ kind: "http", httpStatus: 401 });
  });

  it("adds images with POST and updates them with PUT, which drops inventory products", async () => {
    const fw = client();
    const added = await fw.addImages([
      {
        title: "Client test",
        file_name: "client-test.jpg",
        private_hires_uri: "https://example.com/client-test.jpg",
        pix_w: 10,
        pix_h: 20,
      },
    ]);
    const guid = added.images[0]?.guid;
    expect(guid).toMatch(/^[0-9a-f-]{36}$/);
    await fw.updateImages([{ guid: guid!, title: "Client test renamed", description: "new" }]);
    const after = await fw.listImages({ guid_filter: [guid!], list_products: true });
    expect(after.images[0]?.title).toBe("Client test renamed");
    expect(callsTo("add_images")[0]?.method).toBe("POST");
    expect(callsTo("update_images")[0]?.method).toBe("PUT");

    const withProducts = (
      await fw.listImages({
        guid_filter: ["5dbae1c2-addc-47ce-9468-843b9730aa52"],
        list_products: true,
      })
    ).images[0];
    expect(withProducts?.products?.length).toBeGreaterThan(0);
    await fw.updateImages([
      { guid: "5dbae1c2-addc-47ce-9468-843b9730aa52", title: "My Image", description: "x" },
    ]);
    const stripped = (
      await fw.listImages({
        guid_filter: ["5dbae1c2-addc-47ce-9468-843b9730aa52"],
        list_products: true,
      })
    ).images[0];
    expect(stripped?.products ?? []).toHaveLength(0);
    emulator.reset();
  });

  it("refuses more than 5 images per add_images call without calling upstream", async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({
      file_name: `f${i}.jpg`,
      private_hires_uri: `https://example.com/${i}.jpg`,
    }));
    await expect(client().addImages(six)).rejects.toThrow();
    expect(callsTo("add_images")).toHaveLength(0);
  });

  it("checks credentials", async () => {
    await expect(client().testCredentials()).resolves.toMatchObject({ status: { success: true } });
    const error = await failure(client({ appKey: "wrong-app-key" }).testCredentials());
    expect(error.kind).toBe("http");
    expect(error.httpStatus).toBe(401);
    expect(error.referenceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("carries ModelState field messages from a 400", async () => {
    const error = await failure(client().listImages({ per_page: 51 }));
    expect(error.kind).toBe("http");
    expect(error.httpStatus).toBe(400);
    expect(error.referenceId).toBeTruthy();
    expect(Object.keys(error.fields ?? {}).join(" ")).toMatch(/per_page/);
  });

  it("maps HTTP 500 to an http error and retries reads twice", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "http_500" });
    const error = await failure(client().listImages());
    expect(error).toMatchObject({ kind: "http", httpStatus: 500, retryable: true });
    expect(error.referenceId).toMatch(/^[0-9a-f]{32}$/);
    expect(callsTo("list_images")).toHaveLength(3);
  });

  it("recovers when a retry succeeds", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "http_500", times: 1 });
    await expect(client().listImages({ per_page: 1 })).resolves.toMatchObject({
      status: { success: true },
    });
    expect(callsTo("list_images")).toHaveLength(2);
  });

  it("never retries add_images", async () => {
    emulator.setFault({ endpoint: "add_images", kind: "http_500" });
    const error = await failure(
      client().addImages([{ file_name: "a.jpg", private_hires_uri: "https://example.com/a.jpg" }]),
    );
    expect(error.httpStatus).toBe(500);
    expect(callsTo("add_images")).toHaveLength(1);
  });

  it("times out with AbortSignal and reports a timeout", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "timeout" });
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 250 }).listImages());
    expect(error.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(250 + 150);
    // The one attempt used the whole deadline, so no retry was started.
    expect(callsTo("list_images")).toHaveLength(1);
  });

  it("gives a read one deadline, retries and backoff included", async () => {
    // Every attempt waits 400 ms and fails with a 500: three attempts would take 1.2 s.
    emulator.setFault({ endpoint: "list_images", kind: "latency", latency_ms: 400 });
    emulator.setFault({ endpoint: "list_images", kind: "http_500" });
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 1_000 }).listImages());
    const elapsed = Date.now() - started;
    expect(error.kind).toBe("timeout");
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(1_000 + 150);
    // Two full attempts, then a third that got only the time that was left.
    expect(callsTo("list_images")).toHaveLength(3);
  });

  it("starts no retry whose backoff would end after the deadline", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "latency", latency_ms: 300 });
    emulator.setFault({ endpoint: "list_images", kind: "http_500" });
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 800, retryBaseMs: 150 }).listImages());
    // 300 ms attempt, 150 ms backoff, 300 ms attempt: the next backoff (300 ms) ends past 800.
    expect(error).toMatchObject({ kind: "http", httpStatus: 500 });
    expect(Date.now() - started).toBeLessThan(800);
    expect(callsTo("list_images")).toHaveLength(2);
  });

  it("reports malformed JSON as malformed", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "malformed_json" });
    const error = await failure(client({ readRetries: 0 }).listImages());
    expect(error.kind).toBe("malformed");
    expect(error.httpStatus).toBe(200);
  });

  it("reports status.success false as refused, with message and reference id", async () => {
    emulator.setFault({ endpoint: "update_images", kind: "success_false" });
    const error = await failure(
      client().updateImages([
        { guid: "5fd001ce-5db8-4e84-9010-e29499eadb3f", title: "t", description: "d" },
      ]),
    );
    expect(error.kind).toBe("refused");
    expect(error.upstreamMessage).toBeTruthy();
    expect(error.referenceId).toMatch(/^[0-9a-f]{32}$/);
    expect(error.message).toContain(error.referenceId);
  });

  it("waits out injected latency and still answers", async () => {
    emulator.setFault({ endpoint: "test_my_credentials", kind: "latency", latency_ms: 300 });
    const started = Date.now();
    await client().testCredentials();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("reports an unreachable host as a network error", async () => {
    const error = await failure(
      client({ apiUrl: "http://127.0.0.1:9/v3", readRetries: 0 }).listImages(),
    );
    expect(error.kind).toBe("network");
  });
});
