// @vitest-environment happy-dom
import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuerySchema } from "@/lib/schemas/image-query";
import { CHUNK_SIZE, saveBatch, type BatchRow } from "./bulk-save";
import { imageKeys } from "@/lib/resources/image-keys";

const ROWS = CHUNK_SIZE * 2 + 20;
const guid = (i: number) => `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, "0")}`;
const old = (i: number) => ({ title: `Old ${i}`, description: "" });
const rows: BatchRow[] = Array.from({ length: ROWS }, (_, i) => ({
  guid: guid(i),
  text: { title: `New ${i}`, description: "" },
  expected: old(i),
  before: old(i),
}));

/** PATCH /api/images saves every row but the first of each request (a conflict). */
function server() {
  const patches: number[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn<typeof fetch>((_url, init) => {
      const body = JSON.parse(init?.body as string) as {
        images: { guid: string; title: string; description: string }[];
      };
      patches.push(body.images.length);
      const [first, ...rest] = body.images;
      return Promise.resolve(
        new Response(
          JSON.stringify({
            images: rest.map(({ guid, title, description }) => ({ guid, title, description })),
            failed: [
              {
                index: 0,
                guid: first!.guid,
                error: {
                  code: "conflict",
                  message: "Changed meanwhile.",
                  current: { title: "Theirs", description: "" },
                },
              },
            ],
          }),
          { status: 207 },
        ),
      );
    }),
  );
  return patches;
}

/** A library page on screen (an active query), counting how often it is fetched. */
function library() {
  const qc = new QueryClient();
  const images = rows.map((row, i) => ({ guid: row.guid, ...old(i) })) as ImageDetails[];
  let fetches = 0;
  const observer = new QueryObserver<ImageListResponse>(qc, {
    queryKey: imageKeys.list(imageQuerySchema.parse({})),
    queryFn: () => {
      fetches++;
      return { images, page_number: 1, per_page: ROWS, count: ROWS };
    },
    staleTime: Infinity,
  });
  const unsubscribe = observer.subscribe(() => undefined);
  return { qc, fetches: () => fetches, unsubscribe };
}

describe("saveBatch", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reports each request's outcomes as it answers and refetches the lists once, at the end", async () => {
    const patches = server();
    const { qc, fetches, unsubscribe } = library();
    await vi.waitFor(() => expect(fetches()).toBe(1));
    const chunks: { sent: number; saved: number; conflicts: number }[] = [];
    const outcomes = await saveBatch(qc, rows, (progress, chunk) => {
      const statuses = [...chunk.values()].map((o) => o.status);
      chunks.push({
        sent: progress.sent,
        saved: statuses.filter((s) => s === "saved").length,
        conflicts: statuses.filter((s) => s === "conflict").length,
      });
    });
    expect(patches).toEqual([CHUNK_SIZE, CHUNK_SIZE, 20]);
    expect(chunks).toEqual([
      { sent: CHUNK_SIZE, saved: CHUNK_SIZE - 1, conflicts: 1 },
      { sent: CHUNK_SIZE * 2, saved: CHUNK_SIZE - 1, conflicts: 1 },
      { sent: ROWS, saved: 19, conflicts: 1 },
    ]);
    expect(outcomes.size).toBe(ROWS);
    // One refetch for the whole batch: none between its requests to repaint the grid.
    expect(fetches()).toBe(2);
    unsubscribe();
  });
});
