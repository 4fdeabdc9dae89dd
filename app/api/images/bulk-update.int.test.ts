// PATCH /api/images with many images: per-row answers (200, or 207 naming the failed rows),
// update_images in calls of at most 25 (2 in flight), each chunk re-read with guid_filter for
// the `expected` check, one batch id in the history. Over HTTP against the emulator, on SQLite.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { ActivityPage } from "@/lib/schemas/activity";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import { setDatabaseForTests } from "@/lib/server/db";
import type { StoreConnection } from "@/lib/server/db/connection";
import { setStoresForTests } from "@/lib/server/stores";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { callRoute } from "@/test/harness/route";
import type { Caller } from "@/test/harness/session";
import { useTestStore } from "@/test/harness/store";
import * as activity from "../activity/route";
import * as images from "./route";

interface Saved {
  guid: string;
  title: string;
  description: string;
  activity_id?: string;
}
type Json = ApiErrorBody & {
  images: Saved[];
  failed?: { index: number; guid: string; error: ApiErrorBody["error"] }[];
};

const patch = (body: unknown, as: Caller = "staff") =>
  callRoute<Json>(images.PATCH, as, { method: "PATCH", path: "/api/images", json: body });

let emulator: RunningEmulator;
let close: () => Promise<void>;
let store: StoreConnection;
/** 60 seeded inventory images (most with products). */
let library: ImageDetails[];

type UpdateCall = { images: { guid: string; title: string }[] };
const updateCalls = () =>
  emulator
    .requests()
    .filter((r) => r.endpoint === "update_images")
    .map((r) => r.body as UpdateCall);
const reads = () =>
  emulator
    .requests()
    .filter((r) => r.endpoint === "list_images")
    .map((r) => r.body as { guid_filter?: string[] });

beforeAll(async () => {
  emulator = await startAppEmulator();
  ({ close, store } = await useTestStore("sqlite"));
  const { createFinerWorksClient } = await import("@/lib/server/finerworks/client");
  const { serverConfig } = await import("@/lib/server/config");
  const client = createFinerWorksClient(serverConfig().finerworks);
  const pages = await Promise.all(
    [1, 2].map((page_number) => client.listImages({ per_page: 50, page_number })),
  );
  library = pages.flatMap((p) => p.images).slice(0, 60);
  expect(library).toHaveLength(60);
});
afterAll(async () => {
  await close();
  await emulator.close();
});
beforeEach(() => {
  setStoresForTests(undefined);
  emulator.reset();
  emulator.clearFaults();
  emulator.clearRequests();
});

/** Every entry of the request that wrote this entry (its batch). */
async function batchOf(entryId: string): Promise<ActivityPage["entries"]> {
  const feed = async (query: string) =>
    (
      await callRoute<ActivityPage>(activity.GET, "staff", {
        method: "GET",
        path: `/api/activity?${query}`,
      })
    ).json.entries;
  const batch = (await feed("limit=100")).find((e) => e.id === entryId)?.batch_id;
  expect(batch).toBeTruthy();
  return feed(`batch=${batch}&limit=100`);
}

const renamed = (image: ImageDetails, n: number) => ({
  guid: image.guid,
  title: `Bulk ${n} ${image.title}`.slice(0, 200),
  expected: { title: image.title, description: image.description },
});

describe("PATCH /api/images with many images", () => {
  it("sends 60 images as 3 update_images calls of at most 25, each chunk re-read first", async () => {
    const body = { images: library.map(renamed) };
    const answer = await patch(body);
    expect(answer.status).toBe(200);
    expect(answer.json.failed).toBeUndefined();
    expect(answer.json.images.map((i) => i.title)).toEqual(body.images.map((i) => i.title));

    const calls = updateCalls();
    expect(calls.map((c) => c.images.length)).toEqual([25, 25, 10]);
    expect(calls.flatMap((c) => c.images.map((i) => i.guid)).sort()).toEqual(
      library.map((i) => i.guid).sort(),
    );
    // Each chunk read its own images by guid just before its call.
    const filtered = reads().map((r) => r.guid_filter ?? []);
    expect(filtered.every((g) => g.length <= 25)).toBe(true);
    expect(new Set(filtered.flat())).toEqual(new Set(library.map((i) => i.guid)));

    // One batch id; every image its own entry, completed ok and named in the answer.
    const entries = await batchOf(answer.json.images[0]!.activity_id!);
    expect(entries).toHaveLength(60);
    expect(entries.every((e) => e.outcome === "ok" && e.action === "image.update")).toBe(true);
    expect(new Set(answer.json.images.map((i) => i.activity_id))).toEqual(
      new Set(entries.map((e) => e.id)),
    );
  });

  it("answers 207: a row changed behind the editor's back is a conflict with `current`, the others are saved", async () => {
    const [first, stale, third] = library;
    emulator.db.updateText(emulator.db.imageByGuid(stale!.guid)!, "Theirs", "Their text");
    const answer = await patch({ images: [first!, stale!, third!].map(renamed) });
    expect(answer.status).toBe(207);
    expect(answer.json.images.map((i) => i.guid)).toEqual([first!.guid, third!.guid]);
    expect(answer.json.failed).toEqual([
      {
        index: 1,
        guid: stale!.guid,
        error: expect.objectContaining({
          code: "conflict",
          current: { guid: stale!.guid, title: "Theirs", description: "Their text" },
        }) as unknown,
      },
    ]);
    expect(updateCalls().flatMap((c) => c.images.map((i) => i.guid))).toEqual([
      first!.guid,
      third!.guid,
    ]);
    expect(emulator.db.imageByGuid(stale!.guid)?.title).toBe("Theirs");
  });

  it("answers 207 when one chunk's call fails: its rows failed (and recorded so), the others saved", async () => {
    emulator.setFault({ endpoint: "update_images", kind: "http_500", skip: 1, times: 1 });
    const answer = await patch({ images: library.slice(0, 30).map(renamed) });
    expect(answer.status).toBe(207);
    const failed = answer.json.failed ?? [];
    // Chunks run two at a time: which chunk got the fault depends on the order they were sent.
    expect([5, 25]).toContain(failed.length);
    expect(answer.json.images.length + failed.length).toBe(30);
    expect(failed.every((f) => f.error.code === "upstream_error")).toBe(true);
    const entries = await batchOf(answer.json.images[0]!.activity_id!);
    expect(entries.filter((e) => e.outcome === "failed")).toHaveLength(failed.length);
    expect(entries.filter((e) => e.outcome === "ok")).toHaveLength(30 - failed.length);
  });

  it("keeps today's whole-request errors when FinerWorks fails every chunk", async () => {
    emulator.setFault({ endpoint: "update_images", kind: "http_500" });
    const answer = await patch({ images: library.slice(0, 30).map(renamed) });
    expect(answer.status).toBe(502);
    expect(answer.json.error.code).toBe("upstream_error");
  });

  it("refuses the whole request with 503 and sends nothing when the store cannot be written", async () => {
    const broken = await useTestStore("sqlite");
    await broken.store.close(); // every write now throws
    try {
      const answer = await patch({ images: library.slice(0, 30).map(renamed) });
      expect(answer.status).toBe(503);
      expect(answer.json.error.code).toBe("unavailable");
      expect(updateCalls()).toHaveLength(0);
    } finally {
      setDatabaseForTests(store);
      await broken.database.drop();
    }
  });

  it("answers a one-image conflict with 409 and `current`, as before", async () => {
    const [image] = library;
    emulator.db.updateText(emulator.db.imageByGuid(image!.guid)!, "Theirs", "");
    const answer = await patch({ images: [renamed(image!, 1)] });
    expect(answer.status).toBe(409);
    expect(answer.json.error).toMatchObject({
      code: "conflict",
      current: { guid: image!.guid, title: "Theirs" },
    });
  });

  it("takes up to 200 images and refuses 201", async () => {
    const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const tooMany = await patch({
      images: Array.from({ length: 201 }, (_, n) => ({ guid: guid(n), title: "x" })),
    });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.json.error.fields)).toContain("at most 200");
    expect(updateCalls()).toHaveLength(0);
  });

  it("refuses a forged 2-image PATCH from an artist with 403, sending nothing", async () => {
    const answer = await patch({ images: library.slice(0, 2).map(renamed) }, "artist");
    expect(answer.status).toBe(403);
    expect(answer.json.error.code).toBe("forbidden");
    expect(emulator.requests()).toHaveLength(0);
  });
});
