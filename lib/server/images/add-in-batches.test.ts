import { describe, expect, it } from "vitest";
import type { FinerWorksClient } from "@/lib/server/finerworks/client";
import { FinerWorksError } from "@/lib/server/finerworks/errors";
import type { AddImageDetails, ImageDetails } from "@/lib/schemas/finerworks";
import { addImagesInBatches } from "./add-in-batches";

const image = (i: number) => ({
  file_name: `f${i}.jpg`,
  private_hires_uri: `https://x.example/${i}.jpg`,
  title: undefined,
});

const created = (id: number, fileName: string): ImageDetails => ({
  id,
  guid: `g-${id}`,
  title: "",
  description: "",
  file_name: fileName,
  file_size: null,
  thumbnail_file_name: null,
  preview_file_name: null,
  hires_file_name: null,
  public_thumbnail_uri: "javascript:alert(1)",
  public_preview_uri: null,
  personal_gallery_title: null,
  members_gallery_category: null,
  private_hires_uri: null,
  pix_w: null,
  pix_h: null,
  date_added: "2025-01-01",
  date_expires: null,
  active: true,
  products: null,
});

function fakeClient(failBatch?: number) {
  const calls: AddImageDetails[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client = {
    async addImages(images: AddImageDetails[]) {
      const call = calls.push(images) - 1;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 10));
      inFlight--;
      if (call === failBatch)
        throw new FinerWorksError({
          kind: "http",
          endpoint: "add_images",
          httpStatus: 500,
          referenceId: "ref-1",
        });
      return {
        status: { success: true, status_code: 200 },
        images: images.map((img, i) => created(call * 10 + i, img.file_name)),
      };
    },
  } as unknown as FinerWorksClient;
  return { client, calls, maxInFlight: () => maxInFlight };
}

describe("adding images in batches", () => {
  it("splits 12 images into calls of 5, 5 and 2, two at a time, in order, without undefined fields", async () => {
    const fake = fakeClient();
    const outcome = await addImagesInBatches(
      Array.from({ length: 12 }, (_, i) => image(i)),
      "inventory",
      fake.client,
    );
    expect(fake.calls.map((c) => c.length)).toEqual([5, 5, 2]);
    expect(fake.maxInFlight()).toBe(2);
    expect(outcome.failed).toEqual([]);
    expect(outcome.created.map((c) => c.file_name)).toEqual(
      Array.from({ length: 12 }, (_, i) => `f${i}.jpg`),
    );
    expect(Object.keys(fake.calls[0]![0]!)).toEqual(["file_name", "private_hires_uri"]);
    expect(outcome.created[0]?.public_thumbnail_uri).toBeNull(); // created images are sanitised too
  });

  it("fails only the rows of a failed call, naming their indexes and the reference id", async () => {
    const fake = fakeClient(1);
    const outcome = await addImagesInBatches(
      Array.from({ length: 12 }, (_, i) => image(i)),
      undefined,
      fake.client,
    );
    expect(outcome.created).toHaveLength(7);
    expect(outcome.failed.map((f) => f.index)).toEqual([5, 6, 7, 8, 9]);
    expect(outcome.failed[0]?.error).toMatchObject({
      code: "upstream_error",
      reference_id: "ref-1",
    });
  });
});
