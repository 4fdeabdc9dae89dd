// Data lives in <dataDir>/emulator.sqlite: it survives restarts, `reset` reseeds it, and the
// seed is the same every time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { demoSeed, DEMO_COUNTS, EXAMPLE_IMAGE_GUID } from "./seed";
import { call, library, list, listAll, startTestEmulator } from "@/test/harness/emulator";

const dataDir = mkdtempSync(join(tmpdir(), "emulator-persistence-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const addOne = (emulator: Awaited<ReturnType<typeof startTestEmulator>>) =>
  call<{ images: { guid: string }[] }>(emulator, "add_images", {
    body: {
      library: library(),
      images: [
        {
          title: "Survivor",
          file_name: "survivor.jpg",
          private_hires_uri: "https://x/survivor.jpg",
        },
      ],
    },
  });

describe("persistence", () => {
  it("keeps adds and edits across a restart on the same dataDir", async () => {
    const first = await startTestEmulator({ dataDir });
    const added = (await addOne(first)).json.images[0]?.guid;
    await call(first, "update_images", {
      method: "PUT",
      body: { images: [{ guid: EXAMPLE_IMAGE_GUID, title: "Edited before restart" }] },
    });
    await first.close();

    const second = await startTestEmulator({ dataDir });
    try {
      expect((await list(second)).json.count).toBe(DEMO_COUNTS.inventory + 1);
      expect((await list(second, { guid_filter: [added] })).json.images[0]?.title).toBe("Survivor");
      expect(
        (await list(second, { guid_filter: [EXAMPLE_IMAGE_GUID], list_products: true })).json
          .images[0],
      ).toMatchObject({
        title: "Edited before restart",
        products: [],
      });
      // Media URLs follow the new port: they are stored without an origin.
      expect((await list(second)).json.images[1]?.public_thumbnail_uri).toMatch(
        new RegExp(`^${second.origin}/media/thumb/`),
      );
    } finally {
      await second.close();
    }

    const third = await startTestEmulator({ dataDir, reset: true });
    try {
      expect((await list(third)).json.count).toBe(DEMO_COUNTS.inventory);
    } finally {
      await third.close();
    }
  });

  it("reset() restores the seeded state quickly, ids included", async () => {
    const emulator = await startTestEmulator();
    try {
      const seeded = await listAll(emulator, { list_products: true });
      await addOne(emulator);
      await call(emulator, "update_images", {
        method: "PUT",
        body: { images: [{ guid: EXAMPLE_IMAGE_GUID, title: "Changed" }] },
      });
      const started = performance.now();
      emulator.reset();
      expect(performance.now() - started).toBeLessThan(500);
      expect(await listAll(emulator, { list_products: true })).toEqual(seeded);

      await addOne(emulator);
      expect((await fetch(`${emulator.origin}/__emulator/reset`, { method: "POST" })).status).toBe(
        200,
      );
      expect(await listAll(emulator, { list_products: true })).toEqual(seeded);
    } finally {
      await emulator.close();
    }
  });

  it("the demo seed is deterministic and has the documented mix", () => {
    const anchor = Date.UTC(2026, 0, 15);
    const seed = demoSeed(anchor);
    expect(demoSeed(anchor)).toEqual(seed);
    expect(demoSeed(anchor + 86_400_000).map((i) => i.guid)).toEqual(seed.map((i) => i.guid));
    const inventory = seed.filter((i) => i.library === "inventory");
    expect(inventory).toHaveLength(DEMO_COUNTS.inventory);
    expect(seed.filter((i) => i.library === "temporary")).toHaveLength(DEMO_COUNTS.temporary);
    expect(inventory.filter((i) => (i.products?.length ?? 0) > 0)).toHaveLength(
      DEMO_COUNTS.inventoryWithProducts,
    );
    const inactive = seed.filter((i) => !i.active).length / seed.length;
    expect(inactive).toBeGreaterThan(0.04);
    expect(inactive).toBeLessThan(0.16);
    expect(new Set(seed.map((i) => i.title)).size).toBe(seed.length);
    expect(seed.every((i) => anchor - i.added_at <= 731 * 86_400_000 && i.added_at < anchor)).toBe(
      true,
    );
  });
});
