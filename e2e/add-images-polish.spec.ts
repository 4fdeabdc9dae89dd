import type { Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, storageStateFor, test, type LoggedRequest, type Stack } from "./support/fixtures";
import { layoutSettled, saveScreenshot, seriousViolations } from "./support/screens";

// Add images, rough edges: an unreadable URL is marked and held back, the library is chosen,
// uploads show their file and "Stored", files come from a drop anywhere or a paste, and an
// upload can be cancelled.

test.use({ storageState: storageStateFor("artist") });

const RUN = Date.now().toString(36);
const rows = (page: Page): Locator => page.getByRole("group", { name: /^Image \d+$/ });
const submit = (page: Page): Locator => page.getByRole("button", { name: /^Add \d+ images?$/ });
const addCalls = (log: LoggedRequest[]) => log.filter((r) => r.endpoint === "add_images");

async function seededUrl(page: Page, stack: Stack, index: number): Promise<string> {
  const response = await page.request.get("/api/images?per_page=50&sort=id&dir=asc&products=false");
  const { images } = (await response.json()) as { images: { public_preview_uri: string }[] };
  const path = images
    .map((i) => i.public_preview_uri)
    .filter((u) => u.startsWith("/emulator-media/"))[index]!;
  return `${stack.emulatorOrigin}/media/${path.slice("/emulator-media/".length)}`;
}

async function jpeg(width: number, height: number): Promise<Buffer> {
  const noise = { type: "gaussian" as const, mean: 128, sigma: 70 };
  return sharp({ create: { width, height, channels: 3, noise, background: "#000" } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A screenshot with the window as tall as the page, so the sticky submit bar sits at the bottom. */
async function tallScreenshot(page: Page, name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(height, 8000) });
  await layoutSettled(page);
  await saveScreenshot(page, name);
}

/** Puts files on a DataTransfer in the page and fires `drop` or `paste` with it. */
async function fireWithFiles(page: Page, kind: "drop" | "paste", name: string, bytes: Buffer) {
  await page.evaluate(
    ({ kind, name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: "image/jpeg" }));
      if (kind === "paste") {
        document.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true }),
        );
        return;
      }
      const target = document.querySelector("h1")!;
      for (const type of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    },
    { kind, name, data: [...bytes] },
  );
}

test("an unreadable URL marks its row and is not counted until its size is filled in", async ({
  page,
  stack,
}) => {
  const good = await seededUrl(page, stack, 20);
  await page.goto("/images/new");
  await page
    .getByRole("textbox", { name: "Paste image URLs" })
    .fill([good, `${stack.emulatorOrigin}/media/no-such-file-${RUN}.jpg`].join("\n"));
  await page.getByRole("button", { name: "Add URLs as rows" }).click();
  const bad = rows(page).nth(1);
  const message = bad.getByText(/This URL could not be read/);
  await expect(message).toBeVisible({ timeout: 15_000 });
  // In the row's header (beside "Image 2"), in the error colour, not a grey hint.
  await expect(bad.getByRole("heading", { name: "Image 2" }).locator("xpath=../..")).toContainText(
    "could not be read",
  );
  const border = await bad.evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(border).toBe("2px");
  await expect(bad.getByRole("textbox", { name: "Image URL" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(submit(page)).toHaveText("Add 1 image");
  expect(await seriousViolations(page)).toEqual([]);
  for (const [name, width] of [
    ["desktop", 1440],
    ["phone", 390],
  ] as const)
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await tallScreenshot(
        page,
        `add-unreadable${scheme === "dark" ? "-dark" : ""}-${name}`,
        width,
      );
      expect(await seriousViolations(page)).toEqual([]);
    }
  await page.emulateMedia({ colorScheme: "light" });

  await bad.getByRole("textbox", { name: "Width" }).fill("1200");
  await bad.getByRole("textbox", { name: "Height" }).fill("800");
  await expect(message).toHaveCount(0);
  await expect(submit(page)).toHaveText("Add 2 images");
});

test("the Library combobox picks where the images go (default from the config)", async ({
  page,
  emulator,
  stack,
}) => {
  const url = await seededUrl(page, stack, 21);
  await page.goto("/images/new");
  const library = page.getByRole("combobox", { name: "Library" });
  await expect(library).toHaveValue("inventory");
  await library.selectOption("temporary");
  await page.getByRole("textbox", { name: "Paste image URLs" }).fill(url);
  await page.getByRole("button", { name: "Add URLs as rows" }).click();
  await rows(page).first().getByRole("textbox", { name: "Title" }).fill(`Temporary ${RUN}`);
  await expect(rows(page).first().getByRole("textbox", { name: "Width" })).not.toHaveValue("");
  await emulator.clearRequests();
  await submit(page).click();
  await expect(page.getByRole("heading", { name: "1 image added to your library" })).toBeVisible({
    timeout: 30_000,
  });
  const [call] = addCalls(await emulator.requests());
  expect((call!.body as { library: { name: string } }).library.name).toBe("temporary");
  await page.getByRole("link", { name: "View the new images" }).click();
  await expect(page).toHaveURL(/library=temporary/);
  await expect(page.getByRole("article", { name: `Temporary ${RUN}` })).toBeVisible();
});

test("uploads: dropped anywhere or pasted, with the file's name, Stored, and Cancel", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/images/new");
  await fireWithFiles(page, "drop", `dropped-${RUN}.jpg`, await jpeg(800, 600));
  await expect(rows(page)).toHaveCount(1);
  await fireWithFiles(page, "paste", `pasted-${RUN}.jpg`, await jpeg(640, 480));
  await expect(rows(page)).toHaveCount(2);
  for (const [i, name] of [`dropped-${RUN}.jpg`, `pasted-${RUN}.jpg`].entries()) {
    const row = rows(page).nth(i);
    await expect(row.getByTitle(name)).toBeVisible();
    await expect(row.getByText("Stored")).toBeVisible({ timeout: 30_000 });
    // No editable internal URL on an upload row.
    await expect(row.getByRole("textbox", { name: "Image URL" })).toHaveCount(0);
  }
  await expect(submit(page)).toHaveText("Add 2 images");
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, "add-uploads-stored");

  // A slow upload shows its progress and can be cancelled: the row goes, nothing is stored.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 80 * 1024,
  });
  await page
    .getByLabel("Upload files")
    .setInputFiles([
      { name: `slow-${RUN}.jpg`, mimeType: "image/jpeg", buffer: await jpeg(2400, 1600) },
    ]);
  const bar = page.getByRole("progressbar", { name: `Uploading slow-${RUN}.jpg` });
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 15_000 })
    .toBeGreaterThan(0);
  for (const [name, width] of [
    ["desktop", 1440],
    ["phone", 390],
  ] as const)
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await tallScreenshot(page, `add-uploading${scheme === "dark" ? "-dark" : ""}-${name}`, width);
    }
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: `Cancel upload of slow-${RUN}.jpg` }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByText(/Upload of .* failed/)).toHaveCount(0);
});
