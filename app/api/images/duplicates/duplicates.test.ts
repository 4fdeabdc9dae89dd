// POST /api/images/duplicates over real HTTP to the emulator, on both engines: the same hi-res
// URL is found by the URL FinerWorks holds, before and after a library scan (the snapshot keeps
// FinerWorks' own URLs, not the paths a browser is given).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningEmulator } from "@/emulator/server";
import type { SessionUser } from "@/lib/auth/roles";
import type { DuplicateMatch } from "@/lib/schemas/duplicates";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { ENGINES } from "@/test/store-engines";
import { callRoute, startRouteEmulator, useTestStore, USERS } from "@/test/route-harness";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/server/auth/session", () => ({
  getSessionUser: () => Promise.resolve(session.user),
}));

const duplicates = await import("./route");
const images = await import("../route");
const scanRoute = await import("../../products/scan/route");
const { settleLocalScans } = await import("@/lib/server/snapshot/scans");

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startRouteEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/** The first image of the library as FinerWorks lists it (its hi-res URL is absolute). */
async function firstImage() {
  session.user = USERS.artist;
  const answer = await callRoute<ImageListResponse>(images.GET, "GET", "/api/images?per_page=1");
  expect(answer.status).toBe(200);
  const [image] = answer.json.images;
  if (!image) throw new Error("the emulator has no images");
  return image;
}

async function matchesFor(url: string): Promise<DuplicateMatch[]> {
  session.user = USERS.artist;
  const answer = await callRoute<{ matches: DuplicateMatch[] }>(
    duplicates.POST,
    "POST",
    "/api/images/duplicates",
    { rows: [{ private_hires_uri: url }] },
  );
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

      session.user = USERS.admin;
      expect((await callRoute(scanRoute.POST, "POST", "/api/products/scan")).status).toBe(202);
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
