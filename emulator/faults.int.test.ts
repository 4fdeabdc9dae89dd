// Fault injection: each kind, per endpoint, with skip/times, switchable at runtime.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FaultBook } from "./faults";
import type { RunningEmulator } from "./server";
import { call, library, list, REFERENCE_ID, startTestEmulator } from "@/test/harness/emulator";

const add = (emulator: RunningEmulator, n: number) =>
  call(emulator, "add_images", {
    body: {
      library: library("temporary"),
      images: [{ file_name: `f${n}.jpg`, private_hires_uri: `https://x/${n}.jpg` }],
    },
  });

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.clearFaults();
  emulator.clearRequests();
});

describe("faults", () => {
  it("latency delays the answer, which is otherwise normal", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "latency", latency_ms: 300 });
    const started = performance.now();
    const { status, json } = await list(emulator);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(status).toBe(200);
    expect(json.images).toHaveLength(10);
  });

  it("http_500 answers 500 with a failed envelope and a reference id", async () => {
    emulator.setFault({ endpoint: "*", kind: "http_500" });
    const { status, json } = await call<{
      status: { success: boolean; status_code: number; reference_id: string };
    }>(emulator, "test_my_credentials", { method: "GET" });
    expect(status).toBe(500);
    expect(json.status).toMatchObject({ success: false, status_code: 500 });
    expect(json.status.reference_id).toMatch(REFERENCE_ID);
  });

  it("success_false answers HTTP 200 with status.success false", async () => {
    emulator.setFault({ endpoint: "update_images", kind: "success_false" });
    const { status, json } = await call<{
      status: { success: boolean; message: string; reference_id: string };
    }>(emulator, "update_images", {
      method: "PUT",
      body: { images: [{ guid: "5fd001ce-5db8-4e84-9010-e29499eadb3f", title: "x" }] },
    });
    expect(status).toBe(200);
    expect(json.status).toMatchObject({ success: false, message: "Simulated FinerWorks failure" });
    expect(json.status.reference_id).toMatch(REFERENCE_ID);
    // A failed call changes nothing.
    expect(
      (await list(emulator, { guid_filter: ["5fd001ce-5db8-4e84-9010-e29499eadb3f"] })).json
        .images[0]?.title,
    ).not.toBe("x");
  });

  it("malformed_json answers 200 with a truncated JSON body", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "malformed_json" });
    const { status, text, json } = await list(emulator);
    expect(status).toBe(200);
    expect(text.startsWith('{"status":')).toBe(true);
    expect(json).toBeUndefined();
  });

  it("timeout never answers, until the client gives up; other endpoints still work", async () => {
    emulator.setFault({ endpoint: "list_images", kind: "timeout" });
    const started = performance.now();
    await expect(
      fetch(`${emulator.url}/list_images`, {
        method: "POST",
        body: "{}",
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect((await call(emulator, "test_my_credentials", { method: "GET" })).status).toBe(200);
    expect(emulator.requests().find((r) => r.endpoint === "list_images")).toMatchObject({
      status: 0,
    });
  });

  it("skip and times fail only the second add_images call", async () => {
    emulator.setFault({ endpoint: "add_images", kind: "http_500", skip: 1, times: 1 });
    const statuses = [];
    for (let n = 0; n < 4; n++) statuses.push((await add(emulator, n)).status);
    expect(statuses).toEqual([200, 500, 200, 200]);
    expect(emulator.requests().map((r) => r.status)).toEqual([200, 500, 200, 200]);
  });

  it("faults match their endpoint only, and clearFaults ends them", async () => {
    emulator.setFault({ endpoint: "add_images", kind: "http_500" });
    expect((await list(emulator)).status).toBe(200);
    expect((await add(emulator, 9)).status).toBe(500);
    emulator.clearFaults();
    expect((await add(emulator, 10)).status).toBe(200);
  });

  it("can be set and cleared over HTTP, and start from the options", async () => {
    const control = `${emulator.origin}/__emulator/faults`;
    const set = await fetch(control, {
      method: "POST",
      body: JSON.stringify({ endpoint: "list_images", kind: "success_false", times: 1 }),
    });
    expect(set.status).toBe(200);
    expect((await list(emulator)).json.status.success).toBe(false);
    expect((await list(emulator)).json.status.success).toBe(true);
    expect(
      (
        await fetch(control, {
          method: "POST",
          body: JSON.stringify({ endpoint: "nope", kind: "timeout" }),
        })
      ).status,
    ).toBe(400);
    await fetch(control, {
      method: "POST",
      body: JSON.stringify({ endpoint: "*", kind: "http_500" }),
    });
    expect((await fetch(control, { method: "DELETE" })).status).toBe(200);
    expect((await list(emulator)).status).toBe(200);

    const other = await startTestEmulator({
      seed: "none",
      faults: [{ endpoint: "*", kind: "http_500", times: 1 }],
    });
    try {
      expect((await list(other)).status).toBe(500);
      expect((await list(other)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it("close() ends held (timeout) requests instead of hanging", async () => {
    const other = await startTestEmulator({ seed: "none" });
    other.setFault({ endpoint: "*", kind: "timeout" });
    const pending = fetch(`${other.url}/test_my_credentials`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    await other.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe("FaultBook", () => {
  it("stacks latency with one failure and counts skip/times per fault", () => {
    const book = new FaultBook();
    book.set({ endpoint: "*", kind: "latency", latency_ms: 50 });
    book.set({ endpoint: "list_images", kind: "timeout", skip: 2 });
    expect(book.decide("list_images")).toEqual({ latencyMs: 50, failure: null });
    expect(book.decide("add_images")).toEqual({ latencyMs: 50, failure: null });
    expect(book.decide("list_images")).toEqual({ latencyMs: 50, failure: null });
    expect(book.decide("list_images")).toEqual({ latencyMs: 50, failure: "timeout" });
    book.set({ endpoint: "list_images", kind: "timeout", times: 1 });
    expect(book.list()).toHaveLength(2);
    expect(book.decide("list_images").failure).toBe("timeout");
    expect(book.decide("list_images").failure).toBeNull();
  });
});
