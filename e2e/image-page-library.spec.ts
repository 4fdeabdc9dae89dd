import { expect, storageStateFor, test } from "./support/fixtures";
import { LONG_AGO, unique } from "./support/library";

// /images/<guid> without ?library= finds the image in whichever library holds it.
test.describe("the image page without ?library=", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("opens a temporary-library image with one extra list_images at most", async ({
    page,
    emulator,
  }) => {
    const title = unique("E2E temporary page");
    const added = (await emulator.addImages({
      library: "temporary",
      images: [{ title, date_added: LONG_AGO }],
    })) as { images: { guid: string }[] };
    const guid = added.images[0]!.guid;

    await emulator.clearRequests();
    await page.goto(`/images/${guid}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("temporary", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Image not found")).toHaveCount(0);
    const thumbnail = page.getByRole("img", { name: title });
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const lists = (await emulator.requests()).filter((r) => r.endpoint === "list_images");
    expect(lists.length).toBeLessThanOrEqual(2);
  });

  test("an image in neither library is 'Image not found'", async ({ page }) => {
    await page.goto("/images/00000000-0000-4000-8000-00000000abcd");
    await expect(page.getByRole("heading", { name: "Image not found" })).toBeVisible();
  });
});
