// POST /api/images/duplicates over real HTTP to the emulator, on both engines: the same hi-res
// URL is found by the URL FinerWorks holds, before and after a library scan (the snapshot keeps
// FinerWorks' own URLs, not the paths a browser is given).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuplicateMatch } from "@/lib/schemas/duplicates";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { settleLocalScans } from "@/lib/server/snapshot/scans";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { callRoute } from "@/test/harness/route";
import { ENGINES, useTestStore } from "@/test/harness/store";
import * as scanRoute from "../../products/scan/route";
import * as images from "../route";
import * as duplicates from "./route";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startAppEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/** The first image of the library as FinerWorks lists it (its hi-res URL is absolute). */
async function firstImage() {
  const answer = await callRoute<ImageListResponse>(images.GET, "artist", {
    method: "GET",
    path: "/api/images?per_page=1",
  });
  expect(answer.status).toBe(200);
  const [image] = answer.json.images;
  if (!image) throw new Error("the emulator has no images");
  return image;
}

async function matchesFor(url: string): Promise<DuplicateMatch[]> {
  const answer = await callRoute<{ matches: DuplicateMatch[] }>(duplicates.POST, "artist", {
    method: "POST",
    path: "/api/images/duplicates",
    json: { rows: [{ private_hires_uri: url }] },
  });
  expect(answer.status).toBe(200);
  return answer.json.matches;
}

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`the same hi-res URL on ${engine}`, () => {
    let store: Awaited<ReturnType<typeof useTestStore>>;
    beforeAll(async () => {
      store = await useTestStore(engine);
    });
    afterAll(async () => {
      await store.close();
    });

    it("is found by FinerWorks' own URL after a library scan", async () => {
      const image = await firstImage();
      const upstream = emulator.db.imageByGuid(image.guid);
      const url = upstream?.private_hires_uri ?? "";
      expect(url).toMatch(/^\/media\//);
      const absolute = `${emulator.origin}${url}`;

      const scan = await callRoute(scanRoute.POST, "admin", {
        method: "POST",
        path: "/api/products/scan",
      });
      expect(scan.status).toBe(202);
      await settleLocalScans();

      const matches = await matchesFor(absolute);
      expect(matches).toContainEqual(
        expect.objectContaining({ index: 0, guid: image.guid, reason: "same_url" }),
      );
      // The path a browser is given for it is not FinerWorks' URL: nothing matches it.
      expect(await matchesFor(`/emulator-media${url.slice("/media".length)}`)).toEqual([]);
    });
  });
}
