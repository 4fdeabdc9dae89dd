// @vitest-environment happy-dom
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { ApiRequestError } from "@/lib/schemas/api-error";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuerySchema } from "@/lib/schemas/image-query";
import {
  conflictCurrent,
  patchImageTexts,
  restoreImageTexts,
  writeImageText,
  writeImageTexts,
} from "./image-text";
import { imageKeys } from "@/lib/resources/image-keys";

const A = "aaaaaaaa-0000-4000-8000-000000000001";
const B = "bbbbbbbb-0000-4000-8000-000000000002";

const image = (guid: string, title: string) =>
  ({ guid, title, description: `about ${title}` }) as ImageDetails;
const page = (...images: ImageDetails[]): ImageListResponse => ({
  images,
  page_number: 1,
  per_page: 12,
  count: images.length,
});

function clientWith(entries: [ReturnType<typeof imageKeys.list>, ImageListResponse][]) {
  const client = new QueryClient();
  for (const [key, data] of entries) client.setQueryData(key, data);
  return client;
}

describe("optimistic image text", () => {
  const grid = imageKeys.list(imageQuerySchema.parse({}));
  const sorted = imageKeys.list(imageQuerySchema.parse({ sort: "title" }));
  const other = imageKeys.list(imageQuerySchema.parse({ page: 2 }));

  it("writes the text into every list holding the image and restores each list on its own", () => {
    const client = clientWith([
      [grid, page(image(A, "One"), image(B, "Two"))],
      [sorted, page(image(B, "Two"), image(A, "One"))],
      [other, page(image(B, "Two"))],
    ]);
    const snapshot = writeImageText(client, A, { title: "Uno", description: "" });
    expect(snapshot).toHaveLength(2);
    expect(client.getQueryData<ImageListResponse>(grid)?.images.map((i) => i.title)).toEqual([
      "Uno",
      "Two",
    ]);
    expect(client.getQueryData<ImageListResponse>(sorted)?.images.map((i) => i.title)).toEqual([
      "Two",
      "Uno",
    ]);
    expect(client.getQueryData<ImageListResponse>(other)?.images[0]?.title).toBe("Two");

    // Another change lands in one list meanwhile: restoring must not clobber the other list.
    restoreImageTexts(client, snapshot, new Set([A]));
    expect(client.getQueryData<ImageListResponse>(grid)?.images.map((i) => i.title)).toEqual([
      "One",
      "Two",
    ]);
    expect(
      client.getQueryData<ImageListResponse>(sorted)?.images.map((i) => i.description),
    ).toEqual(["about Two", "about One"]);
  });

  it("puts back only the failed rows, keeping what changed meanwhile", () => {
    const client = clientWith([[grid, page(image(A, "One"), image(B, "Two"))]]);
    const snapshot = writeImageTexts(
      client,
      new Map([
        [A, { title: "Uno", description: "" }],
        [B, { title: "Dos", description: "" }],
      ]),
    );
    writeImageText(client, A, { title: "Eins", description: "" }); // another save meanwhile
    restoreImageTexts(client, snapshot, new Set([B]));
    expect(client.getQueryData<ImageListResponse>(grid)?.images.map((i) => i.title)).toEqual([
      "Eins",
      "Two",
    ]);
  });
});

const stub = (status: number, body: unknown) => {
  const fetchMock = vi
    .fn<typeof fetch>()
    .mockResolvedValue(new Response(JSON.stringify(body), { status }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
};
const change = (guid: string, title: string) => ({
  guid,
  text: { title, description: "D" },
  expected: { title: "Old", description: "" },
});

describe("patchImageTexts", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends each new text with its expected text and returns what was saved", async () => {
    const fetchMock = stub(200, {
      images: [{ guid: A, title: "New", description: "D", activity_id: "entry-1" }],
    });
    const result = await patchImageTexts([change(A, "New")]);
    expect(result.saved).toEqual([
      { guid: A, text: { title: "New", description: "D" }, activityId: "entry-1" },
    ]);
    expect(result.failed).toEqual([]);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/images");
    expect(init?.method).toBe("PATCH");
    expect(JSON.parse(init?.body as string)).toEqual({
      images: [
        { guid: A, title: "New", description: "D", expected: { title: "Old", description: "" } },
      ],
    });
  });

  it("reads a 207: the saved rows, and each failed row with its error and current text", async () => {
    stub(207, {
      images: [{ guid: A, title: "New", description: "D" }],
      failed: [
        {
          index: 1,
          guid: B,
          error: {
            code: "conflict",
            message: "changed",
            current: { guid: B, title: "Theirs", description: "x" },
          },
        },
      ],
    });
    const result = await patchImageTexts([change(A, "New"), change(B, "Mine")]);
    expect(result.saved.map((s) => s.guid)).toEqual([A]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.change.guid).toBe(B);
    expect(result.failed[0]!.error).toBeInstanceOf(ApiRequestError);
    expect(conflictCurrent(result.failed[0]!.error)).toEqual({ title: "Theirs", description: "x" });
  });

  it("throws a whole-request failure: a 409 carries the current text", async () => {
    stub(409, {
      error: {
        code: "conflict",
        message: "changed",
        current: { guid: A, title: "Theirs", description: "x" },
      },
    });
    const error = await patchImageTexts([change(A, "Mine")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(conflictCurrent(error)).toEqual({ title: "Theirs", description: "x" });
  });

  it("keeps the FinerWorks reference id of an upstream failure", async () => {
    stub(502, {
      error: { code: "upstream_error", message: "FinerWorks failed.", reference_id: "REF-42" },
    });
    const error = await patchImageTexts([change(A, "Mine")]).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, referenceId: "REF-42" });
    expect(conflictCurrent(error)).toBeNull();
  });

  it("reports a network failure as such", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn<typeof fetch>().mockRejectedValue(new TypeError("Failed to fetch")),
    );
    await expect(patchImageTexts([change(A, "t")])).rejects.toMatchObject({
      code: "network_error",
    });
  });

  it("sends more than 200 rows as several requests; a failed one fails only its rows", async () => {
    const guid = (n: number) => `cccccccc-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const changes = Array.from({ length: 250 }, (_, n) => change(guid(n), `T${n}`));
    const fetchMock = vi.fn<typeof fetch>((_url, init) => {
      const sent = (JSON.parse(init?.body as string) as { images: { guid: string }[] }).images;
      if (sent.length === 50)
        return Promise.resolve(
          new Response(JSON.stringify({ error: { code: "upstream_error", message: "x" } }), {
            status: 502,
          }),
        );
      const images = sent.map((i) => ({ guid: i.guid, title: "ok", description: "D" }));
      return Promise.resolve(new Response(JSON.stringify({ images }), { status: 200 }));
    });
    vi.stubGlobal("fetch", fetchMock);
    const result = await patchImageTexts(changes);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.saved).toHaveLength(200);
    expect(result.failed).toHaveLength(50);
    expect(result.failed.every((f) => f.error.code === "upstream_error")).toBe(true);
  });
});
