import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { imageQuerySchema, parseImageQueryLenient } from "@/lib/schemas/image-query";
import { fetchImageList, imageDetailOptions, imageListOptions, totalPages } from "./images";
import { imageKeys } from "@/lib/resources/image-keys";
import { shouldRetry } from "./query-client";

afterEach(() => vi.unstubAllGlobals());

describe("image query keys", () => {
  it("are equal for equal queries however the URL spelled them", () => {
    const a = parseImageQueryLenient(new URLSearchParams("sort=title&dir=asc&page=1&per_page=24"));
    const b = parseImageQueryLenient({ dir: "asc", sort: "title" });
    expect(imageListOptions(a).queryKey).toEqual(imageListOptions(b).queryKey);
    expect(imageListOptions(a).queryKey).toEqual(["images", "list", { sort: "title", dir: "asc" }]);
  });

  it("differ by page and share the list prefix with the detail query", () => {
    const q = imageQuerySchema.parse({});
    expect(imageListOptions({ ...q, page: 2 }).queryKey).not.toEqual(imageListOptions(q).queryKey);
    const detail = imageDetailOptions("5dbae1c2-addc-47ce-9468-843b9730aa52", "temporary").queryKey;
    expect(detail.slice(0, 2)).toEqual(imageKeys.lists());
    expect(detail[2]).toMatchObject({
      library: "temporary",
      guids: "5dbae1c2-addc-47ce-9468-843b9730aa52",
      per_page: "1",
    });
  });

  it("counts pages", () => {
    expect(totalPages(0, 24)).toBe(1);
    expect(totalPages(24, 24)).toBe(1);
    expect(totalPages(25, 24)).toBe(2);
  });
});

describe("fetchImageList", () => {
  const query = imageQuerySchema.parse({ q: "sea", page: "2" });

  it("asks /api/images with the canonical query string", async () => {
    const body = { images: [], page_number: 2, per_page: 24, count: 0 };
    const fetchMock = vi.fn(() => Promise.resolve(Response.json(body)));
    vi.stubGlobal("fetch", fetchMock);
    await expect(fetchImageList(query)).resolves.toEqual(body);
    expect(fetchMock).toHaveBeenCalledWith("/api/images?page=2&q=sea", expect.anything());
  });

  it("turns an error body into an ApiRequestError with the reference id", async () => {
    const body = {
      error: { code: "upstream_error", message: "FinerWorks said: boom", reference_id: "REF-1" },
    };
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(Response.json(body, { status: 502 }))),
    );
    const error = (await fetchImageList(query).catch((e: unknown) => e)) as ApiRequestError;
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 502,
      code: "upstream_error",
      message: "FinerWorks said: boom",
      referenceId: "REF-1",
    });
  });

  it("reports a network failure as such", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(fetchImageList(query)).rejects.toMatchObject({ code: "network_error", status: 0 });
  });
});

describe("retry policy", () => {
  it("retries server and network faults once, never client errors", () => {
    expect(shouldRetry(0, new ApiRequestError(502, "upstream_error", "x"))).toBe(true);
    expect(shouldRetry(0, new ApiRequestError(0, "network_error", "x"))).toBe(true);
    expect(shouldRetry(1, new ApiRequestError(502, "upstream_error", "x"))).toBe(false);
    expect(shouldRetry(0, new ApiRequestError(400, "invalid_request", "x"))).toBe(false);
    expect(shouldRetry(0, new ApiRequestError(401, "unauthenticated", "x"))).toBe(false);
  });
});
