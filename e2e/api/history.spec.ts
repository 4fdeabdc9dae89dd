// The history and the archive over the full stack: a staff edit of an inventory image with
// products is recorded with before/after, its products land in the admin archive (JSON and CSV),
// and "restore" puts the old text back as image.restore. Roles are enforced on every part.
import type { ActivityPage, RemovedProductsPage } from "@/lib/schemas/activity";
import { expect, test, resetEmulatorAfterAll } from "../support/fixtures";
import { contextFor, type ErrorBody } from "../support/api-client";

resetEmulatorAfterAll();

interface Listed {
  images: {
    guid: string;
    title: string | null;
    description: string | null;
    products: { sku: string; asking_price: number | null; per_item_price: number }[] | null;
  }[];
}

test("an edit is recorded, its products archived, and restore brings the old text back", async ({
  playwright,
  baseURL,
  emulator,
}) => {
  const staff = await contextFor(playwright, baseURL!, "staff");
  const admin = await contextFor(playwright, baseURL!, "admin");
  const artist = await contextFor(playwright, baseURL!, "artist");

  const listed = (await (await staff.get("/api/images?per_page=50")).json()) as Listed;
  const image = listed.images.find((i) => (i.products?.length ?? 0) >= 2)!;
  expect(image, "a seeded inventory image with products").toBeDefined();
  const skus = image.products!.map((p) => p.sku).sort();

  await emulator.clearRequests();
  const saved = await staff.patch("/api/images", {
    data: {
      images: [
        {
          guid: image.guid,
          title: "Renamed in the history spec",
          expected: { title: image.title, description: image.description },
        },
      ],
    },
  });
  expect(saved.status()).toBe(200);
  expect((await emulator.requests()).map((r) => r.endpoint)).toEqual([
    "list_images",
    "update_images",
  ]);

  // Everyone signed in sees the entry, with the text before and after.
  const feed = (await (
    await artist.get(`/api/activity?image=${image.guid}`)
  ).json()) as ActivityPage;
  expect(feed.entries).toHaveLength(1);
  const change = feed.entries[0]!;
  expect(change).toMatchObject({
    actor: { email: "staff@example.com", role: "staff" },
    action: "image.update",
    before: { title: image.title, description: image.description },
    after: { title: "Renamed in the history spec" },
    outcome: "ok",
    removed_products_count: skus.length,
  });
  expect(change.reference_id).toMatch(/^[0-9a-f]{32}$/);

  // Only admins read the archive: every product with its SKU and prices.
  for (const context of [staff, artist]) {
    const refused = await context.get("/api/removed-products");
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as ErrorBody).error.code).toBe("forbidden");
  }
  const archive = (await (
    await admin.get(`/api/removed-products?image=${image.guid}`)
  ).json()) as RemovedProductsPage;
  expect(archive.products.map((p) => p.sku).sort()).toEqual(skus);
  for (const original of image.products!) {
    const kept = archive.products.find((p) => p.sku === original.sku)!;
    expect(kept).toMatchObject({
      asking_price: original.asking_price,
      per_item_price: original.per_item_price,
      activity_id: change.id,
      removed_by: { email: "staff@example.com" },
    });
  }

  const csv = await admin.get(`/api/removed-products?image=${image.guid}&format=csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="removed-products-/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n").filter(Boolean);
  expect(lines).toHaveLength(skus.length + 1);
  for (const sku of skus) expect(lines.some((l) => l.includes(sku))).toBe(true);
  expect((await staff.get("/api/activity?format=csv")).status()).toBe(403);
  expect((await admin.get("/api/activity?format=csv")).status()).toBe(200);

  // A forged restore as an artist changes nothing.
  await emulator.clearRequests();
  const forged = await artist.patch("/api/images", {
    data: { images: [{ guid: image.guid, restore_of: change.id }] },
  });
  expect(forged.status()).toBe(403);
  expect((await emulator.requests()).filter((r) => r.endpoint === "update_images")).toHaveLength(0);

  // Staff restore: the text before the change comes back, recorded as image.restore.
  const restored = await staff.patch("/api/images", {
    data: {
      images: [
        {
          guid: image.guid,
          restore_of: change.id,
          expected: { title: "Renamed in the history spec", description: image.description },
        },
      ],
    },
  });
  expect(restored.status()).toBe(200);
  const after = (await (await staff.get(`/api/images?guids=${image.guid}`)).json()) as Listed;
  expect(after.images[0]?.title).toBe(image.title);
  const latest = (await (
    await staff.get(`/api/activity?image=${image.guid}&limit=1`)
  ).json()) as ActivityPage;
  expect(latest.entries[0]).toMatchObject({
    action: "image.restore",
    restore_of: change.id,
    after: { title: image.title },
    outcome: "ok",
  });

  await Promise.all([staff.dispose(), admin.dispose(), artist.dispose()]);
});
