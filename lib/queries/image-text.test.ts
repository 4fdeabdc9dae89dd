// @vitest-environment happy-dom
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImageDetails } from "@/lib/finerworks/schemas";
import { ApiRequestError } from "@/lib/schemas/api-error";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuerySchema } from "@/lib/schemas/image-query";
import { conflictCurrent, patchImageText, restoreSnapshot, writeImageText } from "./image-text";
import { imageKeys } from "./images";

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
    restoreSnapshot(client, snapshot);
    expect(client.getQueryData<ImageListResponse>(grid)?.images.map((i) => i.title)).toEqual([
      "One",
      "Two",
    ]);
    expect(
      client.getQueryData<ImageListResponse>(sorted)?.images.map((i) => i.description),
    ).toEqual(["about Two", "about One"]);
  });
});

describe("patchImageText", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends the new text with the expected text and returns what was saved", async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      new Response(JSON.stringify({ images: [{ guid: A, title: "New", description: "D" }] }), {
        status: 200,
      }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const saved = await patchImageText({
      guid: A,
      text: { title: "New", description: "D" },
      expected: { title: "Old", description: "" },
    });
    expect(saved).toEqual({ guid: A, title: "New", description: "D" });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/images");
    expect(init?.method).toBe("PATCH");
    expect(JSON.parse(init?.body as string)).toEqual({
      images: [
        { guid: A, title: "New", description: "D", expected: { title: "Old", description: "" } },
      ],
    });
  });

  it("turns a 409 into a conflict carrying the current text", async () => {
    const body = {
      error: {
        code: "conflict",
        message: "changed",
        current: { guid: A, title: "Theirs", description: "x" },
      },
    };
    vi.stubGlobal(
      "fetch",
      vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(body), { status: 409 })),
    );
    const error = await patchImageText({
      guid: A,
      text: { title: "Mine", description: "" },
      expected: { title: "Old", description: "" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(conflictCurrent(error)).toEqual({ title: "Theirs", description: "x" });
  });

  it("keeps the FinerWorks reference id of an upstream failure", async () => {
    const body = {
      error: { code: "upstream_error", message: "FinerWorks failed.", reference_id: "REF-42" },
    };
    vi.stubGlobal(
      "fetch",
      vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(body), { status: 502 })),
    );
    const error = await patchImageText({
      guid: A,
      text: { title: "Mine", description: "" },
      expected: { title: "Old", description: "" },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, referenceId: "REF-42" });
    expect(conflictCurrent(error)).toBeNull();
  });

  it("reports a network failure as such", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn<typeof fetch>().mockRejectedValue(new TypeError("Failed to fetch")),
    );
    await expect(
      patchImageText({
        guid: A,
        text: { title: "t", description: "" },
        expected: { title: "", description: "" },
      }),
    ).rejects.toMatchObject({
      code: "network_error",
    });
  });
});
