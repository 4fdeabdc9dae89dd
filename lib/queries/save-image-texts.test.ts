// @vitest-environment happy-dom
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuerySchema } from "@/lib/schemas/image-query";
import { imageKeys } from "@/lib/resources/image-keys";
import { imageTextMutationKey, SAVED_VISIBLE_MS } from "./image-save-state";
import { saveImageTexts } from "./save-image-texts";

const A = "aaaaaaaa-0000-4000-8000-000000000001";
const B = "bbbbbbbb-0000-4000-8000-000000000002";
const grid = imageKeys.list(imageQuerySchema.parse({}));
const sorted = imageKeys.list(imageQuerySchema.parse({ sort: "title" }));

function client(): QueryClient {
  const qc = new QueryClient();
  const images = [A, B].map((guid, i) => ({ guid, title: `Old ${i}`, description: "" }));
  for (const key of [grid, sorted])
    qc.setQueryData<ImageListResponse>(key, {
      images: images as ImageDetails[],
      page_number: 1,
      per_page: 24,
      count: 2,
    });
  return qc;
}
const titles = (qc: QueryClient, key = grid) =>
  qc.getQueryData<ImageListResponse>(key)?.images.map((i) => i.title);
const rows = [A, B].map((guid, i) => ({
  guid,
  text: { title: `New ${i}`, description: "" },
  expected: { title: `Old ${i}`, description: "" },
}));
const answer = (status: number, body: unknown) =>
  vi.stubGlobal(
    "fetch",
    vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(body), { status })),
  );

describe("saveImageTexts", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("writes every row into every cached page at once; a 207 rolls back only the failed row", async () => {
    answer(207, {
      images: [{ guid: A, title: "New 0", description: "" }],
      failed: [{ index: 1, guid: B, error: { code: "upstream_error", message: "No." } }],
    });
    const qc = client();
    const saving = saveImageTexts(qc, rows);
    expect(titles(qc)).toEqual(["New 0", "New 1"]);
    expect(titles(qc, sorted)).toEqual(["New 0", "New 1"]);
    const result = await saving;
    expect(result.saved.map((s) => s.guid)).toEqual([A]);
    expect(result.failed.map((f) => [f.change.guid, f.error.message])).toEqual([[B, "No."]]);
    expect(titles(qc)).toEqual(["New 0", "Old 1"]);
    expect(titles(qc, sorted)).toEqual(["New 0", "Old 1"]);
  });

  it("never rejects: a whole-request failure fails every row and restores every page", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    answer(503, { error: { code: "unavailable", message: "Store down." } });
    const qc = client();
    const result = await saveImageTexts(qc, rows);
    expect(result.saved).toEqual([]);
    expect(result.failed.map((f) => f.error.code)).toEqual(["unavailable", "unavailable"]);
    expect(titles(qc)).toEqual(["Old 0", "Old 1"]);
    // The finished mutation is let go: it leaves the cache once "Saved" had its moment.
    const cache = qc.getMutationCache();
    expect(cache.findAll({ mutationKey: imageTextMutationKey })).toHaveLength(1);
    vi.advanceTimersByTime(SAVED_VISIBLE_MS);
    expect(cache.findAll({ mutationKey: imageTextMutationKey })).toHaveLength(0);
  });
});
