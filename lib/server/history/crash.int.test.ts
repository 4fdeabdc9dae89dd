// kill -9 of the app between the pending write and FinerWorks' answer: after a restart the
// entry shows "unknown" and the products the edit was about to destroy are still archived.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as activity from "@/app/api/activity/route";
import * as removed from "@/app/api/removed-products/route";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import type { ActivityPage, RemovedProductsPage } from "@/lib/schemas/activity";
import { setDatabaseForTests } from "@/lib/server/db";
import { openStore } from "@/lib/server/db/connection";
import { migrateToLatest } from "@/lib/server/db/migrate";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { callRoute } from "@/test/harness/route";
import { createTestDatabase, ENGINES } from "@/test/harness/store";
import { waitFor } from "@/test/harness/wait";

// The child's upstream timeout: its pending entry shows "unknown" once this (+1 s) has passed.
const CHILD_TIMEOUT_MS = 3_000;
let emulator: RunningEmulator;
let image: ImageDetails;

beforeAll(async () => {
  emulator = await startAppEmulator();
  const { createFinerWorksClient } = await import("@/lib/server/finerworks/client");
  const { serverConfig } = await import("@/lib/server/config");
  const page = await createFinerWorksClient(serverConfig().finerworks).listImages({
    per_page: 50,
    list_products: true,
  });
  image = page.images.find((i) => (i.products?.length ?? 0) >= 2)!;
});
afterAll(async () => {
  emulator.clearFaults();
  await emulator.close();
});

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`kill -9 mid-edit on ${engine}`, () => {
    it("leaves an entry that shows unknown after a restart, with its removed products", async () => {
      const database = await createTestDatabase(engine);
      emulator.reset();
      emulator.clearRequests();
      // FinerWorks takes its time: the process dies while update_images is in flight.
      emulator.setFault({ endpoint: "update_images", kind: "latency", latency_ms: 60_000 });
      const child = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "test/harness/crash-child.ts", image.guid],
        {
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            FINERWORKS_TIMEOUT_MS: String(CHILD_TIMEOUT_MS),
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      child.stdout.on("data", (c: Buffer) => (output += c.toString()));
      child.stderr.on("data", (c: Buffer) => (output += c.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("exit", (_code, signal) => resolve(signal)),
      );
      try {
        await waitFor(
          () =>
            emulator.requests().some((r) => r.endpoint === "update_images") ? true : undefined,
          30_000,
        );
        child.kill("SIGKILL");
        expect(await exited).toBe("SIGKILL");
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
        emulator.clearFaults();
      }
      expect(output).not.toContain("the edit finished");

      // The restart: a new process-wide store on the same database, migrations run again.
      const store = openStore(database.config);
      await migrateToLatest(store);
      setDatabaseForTests(store);
      try {
        const entry = await waitFor(async () => {
          const page = await callRoute<ActivityPage>(activity.GET, "admin", {
            method: "GET",
            path: "/api/activity",
          });
          const found = page.json.entries[0];
          return found?.outcome === "unknown" ? found : undefined;
        }, 10_000);
        expect(entry).toMatchObject({
          action: "image.update",
          image: { guid: image.guid.toLowerCase() },
          before: { title: image.title },
          after: { title: "Saved by a process that was killed" },
          removed_products_count: image.products!.length,
        });
        const archived = await callRoute<RemovedProductsPage>(removed.GET, "admin", {
          method: "GET",
          path: `/api/removed-products?image=${image.guid}`,
        });
        expect(archived.json.products.map((p) => p.sku).sort()).toEqual(
          image.products!.map((p) => p.sku).sort(),
        );
      } finally {
        setDatabaseForTests(undefined);
        await store.close();
        await database.drop();
      }
    }, 60_000);
  });
}
