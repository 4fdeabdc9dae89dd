import type { Locator, Page } from "@playwright/test";
import sharp from "sharp";
import {
  expect,
  storageStateFor,
  test,
  type LoggedRequest,
  type Role,
  type Stack,
} from "./support/fixtures";
import { layoutSettled, saveScreenshot } from "./support/screens";
import type { ImageDetails } from "../lib/schemas/image-list";

// "Add images" (/images/new) against the emulator: URL import with automatic details, file
// upload with generated thumbnails, validation, batches of five, and retrying a failed batch.

const RUN = Date.now().toString(36);

type ApiImage = Pick<ImageDetails, "guid" | "title" | "public_preview_uri">;

/** Preview URLs of seeded images, served by the worker's emulator (`from` keeps tests apart). */
async function seededUrls(
  page: Page,
  stack: Stack,
  from: number,
  count: number,
): Promise<string[]> {
  const response = await page.request.get("/api/images?per_page=50&sort=id&dir=asc&products=false");
  expect(response.ok()).toBe(true);
  const { images } = (await response.json()) as { images: ApiImage[] };
  // The API hands browsers the emulator's media through the app's origin; FinerWorks gets the
  // emulator's own absolute URLs.
  const urls = images
    .map((i) => i.public_preview_uri)
    .filter((u): u is string => Boolean(u?.startsWith("/emulator-media/")))
    .map((u) => `${stack.emulatorOrigin}/media/${u.slice("/emulator-media/".length)}`);
  expect(urls.length).toBeGreaterThanOrEqual(from + count);
  return urls.slice(from, from + count);
}

async function libraryCount(page: Page): Promise<number> {
  const response = await page.request.get("/api/images?per_page=1&products=false");
  return ((await response.json()) as { count: number }).count;
}

function rows(page: Page): Locator {
  return page.getByRole("group", { name: /^Image \d+$/ });
}

function submitButton(page: Page): Locator {
  return page.getByRole("button", { name: /^Add \d+ images?$/ });
}

const addCalls = (log: LoggedRequest[]) => log.filter((r) => r.endpoint === "add_images");
type SentImage = Record<
  "private_hires_uri" | "public_thumbnail_uri" | "public_preview_uri",
  string
>;
const imagesOf = (call: LoggedRequest) => (call.body as { images: SentImage[] }).images;

/**
 * Desktop and phone screenshots of the same moment. The window is made as tall as the page
 * first, so the sticky submit bar is drawn at the bottom rather than across the middle.
 */
async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const [suffix, width] of [
    ["desktop", size.width],
    ["phone", 390],
  ] as const) {
    await page.setViewportSize({ width, height: 844 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.min(height, 8000) });
    await layoutSettled(page);
    await saveScreenshot(page, `${name}-${suffix}`);
  }
  await page.setViewportSize(size);
}

async function openForm(page: Page): Promise<void> {
  await page.goto("/images");
  await page.getByRole("link", { name: "Add images" }).click();
  await expect(page.getByRole("heading", { name: "Add images", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/images\/new$/);
}

async function pasteUrls(page: Page, urls: string[]): Promise<void> {
  await page.getByRole("textbox", { name: "Paste image URLs" }).fill(urls.join("\n"));
  await page.getByRole("button", { name: "Add URLs as rows" }).click();
  await expect(rows(page)).toHaveCount(urls.length);
}

/** Waits until the row's details are read, and checks them against the file itself. */
async function expectDetails(page: Page, row: Locator, url: string): Promise<void> {
  const file = await page.request.get(url);
  const meta = await sharp(await file.body()).metadata();
  await expect(row.getByRole("textbox", { name: "Width" })).toHaveValue(String(meta.width));
  await expect(row.getByRole("textbox", { name: "Height" })).toHaveValue(String(meta.height));
  await expect(row.getByRole("textbox", { name: "File size" })).toHaveValue(
    String((await file.body()).length),
  );
  await expect(row.getByRole("textbox", { name: "File name" })).toHaveValue(
    new URL(url).pathname.split("/").at(-1)!,
  );
}

test.describe("the Add images link", () => {
  for (const role of ["artist", "staff", "admin"] as Role[]) {
    test.describe(role, () => {
      test.use({ storageState: storageStateFor(role) });
      test(`leads every role (${role}) to the form`, async ({ page }) => {
        await openForm(page);
        await expect(page.getByRole("textbox", { name: "Paste image URLs" })).toBeVisible();
        await expect(page.getByLabel("Upload files")).toBeAttached();
      });
    });
  }
});

test.describe("adding images", () => {
  test.use({ storageState: storageStateFor("artist") });

  test.beforeEach(async ({ page }) => {
    // Each test starts with an empty form (session storage is per tab, but be explicit).
    await page.addInitScript(() => {
      if (!sessionStorage.getItem("e2e-started")) {
        sessionStorage.clear();
        sessionStorage.setItem("e2e-started", "1");
      }
    });
  });

  test("7 pasted URLs get their details, go out as 5 + 2, and show in the grid", async ({
    page,
    emulator,
    stack,
  }) => {
    const APP_MEDIA = `${stack.baseURL}/media/`;
    const urls = await seededUrls(page, stack, 0, 7);
    await openForm(page);
    await shoot(page, "add-images-empty");

    await pasteUrls(page, urls);
    for (let i = 0; i < urls.length; i++) await expectDetails(page, rows(page).nth(i), urls[i]!);
    for (let i = 0; i < urls.length; i++) {
      await rows(page)
        .nth(i)
        .getByRole("textbox", { name: "Title" })
        .fill(`Pasted ${RUN} #${i + 1}`);
    }
    await expect(
      rows(page)
        .first()
        .getByRole("img", { name: /^Preview of/ }),
    ).toBeVisible();
    await shoot(page, "add-images-filled");

    await emulator.clearRequests();
    await submitButton(page).click();
    await expect(page.getByRole("heading", { name: "7 images added to your library" })).toBeVisible(
      { timeout: 30_000 },
    );

    const calls = addCalls(await emulator.requests());
    expect(calls.map((c) => imagesOf(c).length).sort()).toEqual([2, 5]);
    // Thumbnails and previews were made into the app's media store.
    for (const image of calls.flatMap(imagesOf)) {
      expect(image.public_thumbnail_uri.startsWith(APP_MEDIA)).toBe(true);
      expect(image.public_preview_uri.startsWith(APP_MEDIA)).toBe(true);
    }

    // Back to the grid by client navigation: no reload, yet the new images are there.
    await page.getByRole("link", { name: "Back to the library" }).first().click();
    await expect(page).toHaveURL(/\/images$/);
    for (let i = 1; i <= 7; i++)
      await expect(page.getByRole("article", { name: `Pasted ${RUN} #${i}` })).toBeVisible();
  });

  test("two uploaded files show progress, then appear in the grid with working thumbnails", async ({
    page,
    emulator,
    stack,
  }) => {
    const APP_MEDIA = `${stack.baseURL}/media/`;
    const noise = { type: "gaussian" as const, mean: 128, sigma: 70 };
    const jpeg = await sharp({
      create: { width: 2400, height: 1600, channels: 3, noise, background: "#000" },
    })
      .jpeg({ quality: 92 })
      .toBuffer();
    const png = await sharp({
      create: { width: 900, height: 1200, channels: 3, noise, background: "#000" },
    })
      .png()
      .toBuffer();
    await openForm(page);

    // Slow the upload down so the progress bars can be seen (and photographed).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 600 * 1024,
    });

    await page.getByLabel("Upload files").setInputFiles([
      { name: `dunes-${RUN}.jpg`, mimeType: "image/jpeg", buffer: jpeg },
      { name: `harbour-${RUN}.png`, mimeType: "image/png", buffer: png },
    ]);
    await expect(rows(page)).toHaveCount(2);
    const bar = page.getByRole("progressbar", { name: `Uploading dunes-${RUN}.jpg` });
    await expect(bar).toBeVisible();
    await expect
      .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 15_000 })
      .toBeGreaterThan(5);
    await shoot(page, "add-images-uploading");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    const [first, second] = [rows(page).nth(0), rows(page).nth(1)];
    await expect(first.getByRole("textbox", { name: "Width" })).toHaveValue("2400", {
      timeout: 30_000,
    });
    await expect(first.getByRole("textbox", { name: "Height" })).toHaveValue("1600");
    await expect(first.getByRole("textbox", { name: "File size" })).toHaveValue(
      String(jpeg.length),
    );
    await expect(second.getByRole("textbox", { name: "Width" })).toHaveValue("900", {
      timeout: 30_000,
    });
    await expect(second.getByRole("textbox", { name: "File name" })).toHaveValue(
      `harbour-${RUN}.png`,
    );
    await expect(first.getByRole("textbox", { name: "Title" })).toHaveValue(`dunes ${RUN}`);
    await expect(page.getByRole("progressbar")).toHaveCount(0);

    await emulator.clearRequests();
    await submitButton(page).click();
    await expect(page.getByRole("heading", { name: "2 images added to your library" })).toBeVisible(
      { timeout: 30_000 },
    );
    const [call] = addCalls(await emulator.requests());
    const sent = imagesOf(call!);
    expect(
      sent.every(
        (i) =>
          i.private_hires_uri.startsWith(`${APP_MEDIA}uploads/`) &&
          i.public_thumbnail_uri.startsWith(`${APP_MEDIA}uploads/`),
      ),
    ).toBe(true);
    // The hi-res file is public (FinerWorks fetches it) and is the very file uploaded.
    const hires = await page.request.get(sent[0]!.private_hires_uri, { headers: { cookie: "" } });
    expect(hires.headers()["content-type"]).toBe("image/jpeg");
    expect((await hires.body()).equals(jpeg)).toBe(true);

    await page.getByRole("link", { name: "View the new images" }).click();
    for (const title of [`dunes ${RUN}`, `harbour ${RUN}`]) {
      const card = page.getByRole("article", { name: title });
      await expect(card).toBeVisible();
      const img = card.getByRole("img", { name: title });
      // Registered with FinerWorks as absolute URLs, shown through the page's own origin.
      await expect(img).toHaveAttribute("src", /^\/media\/uploads\//);
      await expect
        .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
    }
  });

  test("an invalid row blocks the submit with a message, and the form survives a reload", async ({
    page,
    emulator,
    stack,
  }) => {
    const [url] = await seededUrls(page, stack, 7, 1);
    await openForm(page);
    await pasteUrls(page, [url!]);
    await page.getByRole("button", { name: "Add row" }).click();
    const bad = rows(page).nth(1);
    await bad.getByRole("textbox", { name: "Image URL" }).fill("ftp://example.com/picture.jpg");
    // Inline, while typing, with the server's own message.
    await expect(bad.getByText("Image URL must be an http(s) URL")).toBeVisible();
    await bad.getByRole("textbox", { name: "Width" }).fill("12.5");
    await expect(bad.getByText("Width must be a whole number")).toBeVisible();
    await bad.getByRole("textbox", { name: "Image URL" }).fill(url!);
    await expect(bad.getByText("Image URL is also used by image 1")).toBeVisible();
    await bad.getByRole("textbox", { name: "Image URL" }).fill("ftp://example.com/picture.jpg");

    await rows(page).first().getByRole("textbox", { name: "Title" }).fill(`Kept ${RUN}`);
    await page.reload();
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).first().getByRole("textbox", { name: "Title" })).toHaveValue(
      `Kept ${RUN}`,
    );
    await expect(rows(page).nth(1).getByRole("textbox", { name: "Image URL" })).toHaveValue(
      "ftp://example.com/picture.jpg",
    );
    await expectDetails(page, rows(page).first(), url!);

    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && new URL(r.url()).pathname === "/api/images") posts.push(r.url());
    });
    await emulator.clearRequests();
    await submitButton(page).click();
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "Nothing was sent: 1 image needs attention (image 2)." }),
    ).toBeVisible();
    await expect(rows(page).nth(1).getByText("File name is required")).toBeVisible();
    await expect(rows(page).nth(1).getByRole("textbox", { name: "Image URL" })).toBeFocused();
    await shoot(page, "add-images-invalid");
    expect(posts).toEqual([]);
    expect(addCalls(await emulator.requests())).toEqual([]);
  });

  test("a failed batch keeps its rows, and Retry failed adds them: exactly 7 new images", async ({
    page,
    emulator,
    stack,
  }) => {
    const urls = await seededUrls(page, stack, 14, 7);
    await openForm(page);
    await pasteUrls(page, urls);
    for (let i = 0; i < urls.length; i++) {
      await expect(rows(page).nth(i).getByRole("textbox", { name: "Width" })).not.toHaveValue("");
      await rows(page)
        .nth(i)
        .getByRole("textbox", { name: "Title" })
        .fill(`Retried ${RUN} #${i + 1}`);
    }
    const before = await libraryCount(page);

    await emulator.clearRequests();
    await emulator.setFault({ endpoint: "add_images", kind: "http_500", skip: 1, times: 1 });
    await submitButton(page).click();
    await expect(page.getByRole("button", { name: "Retry failed" })).toBeVisible({
      timeout: 30_000,
    });

    const calls = addCalls(await emulator.requests());
    expect(calls).toHaveLength(2);
    const refused = calls.find((c) => c.status === 500)!;
    const refusedUrls = imagesOf(refused).map((i) => i.private_hires_uri);
    // The second call to arrive failed: whichever batch it carried stays, with its data.
    const failedRows = rows(page).filter({ hasText: "Not added:" });
    await expect(failedRows).toHaveCount(refusedUrls.length);
    for (let i = 0; i < refusedUrls.length; i++) {
      await expect(failedRows.nth(i).getByRole("textbox", { name: "Image URL" })).toHaveValue(
        refusedUrls[i]!,
      );
      await expect(failedRows.nth(i)).toContainText("FinerWorks answered with an error (HTTP 500)");
    }
    await expect(rows(page).filter({ has: page.getByText("Added", { exact: true }) })).toHaveCount(
      7 - refusedUrls.length,
    );
    await expect(
      page.getByRole("alert").filter({ hasText: "not added. Their rows are kept: retry them." }),
    ).toBeVisible();
    await shoot(page, "add-images-failed-row");

    await page.getByRole("button", { name: "Retry failed" }).click();
    await expect(page.getByRole("heading", { name: "7 images added to your library" })).toBeVisible(
      { timeout: 30_000 },
    );
    const retry = addCalls(await emulator.requests()).slice(2);
    expect(retry).toHaveLength(1);
    expect(imagesOf(retry[0]!).map((i) => i.private_hires_uri)).toEqual(refusedUrls);
    expect(await libraryCount(page)).toBe(before + 7);
  });
});

test.describe("the upload and probe endpoints", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("refuse a non-image by its bytes, and a URL on a private network", async ({
    page,
    baseURL,
  }) => {
    const upload = await page.request.post("/api/uploads?name=photo.jpg", {
      data: Buffer.from("%PDF-1.7\n" + "x".repeat(8000)),
      headers: { "content-type": "image/jpeg" },
    });
    expect(upload.status()).toBe(415);
    expect(((await upload.json()) as { error: { message: string } }).error.message).toMatch(
      /only JPEG, PNG, TIFF or WebP images are accepted/,
    );
    for (const url of [
      `${baseURL}/login`,
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/a.jpg",
    ]) {
      const probe = await page.request.post("/api/probe", { data: { url } });
      expect(probe.status(), url).toBe(400);
      expect(((await probe.json()) as { error: { message: string } }).error.message).toMatch(
        /private, local or reserved/,
      );
    }
  });

  test("need a session", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    expect(
      (await anonymous.post("/api/probe", { data: { url: "https://example.com/a.jpg" } })).status(),
    ).toBe(401);
    expect(
      (await anonymous.post("/api/uploads?name=a.jpg", { data: Buffer.from("x") })).status(),
    ).toBe(401);
    await anonymous.dispose();
  });
});
