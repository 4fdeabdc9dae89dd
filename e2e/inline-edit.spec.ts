import type { Locator, Page } from "@playwright/test";
import {
  expect,
  storageStateFor,
  test,
  type EmulatorControl,
  type LoggedRequest,
} from "./support/fixtures";
import { saveScreenshot, seriousViolations } from "./support/screens";
import { gotoSearch, LONG_AGO, PRODUCTS_BADGE, settled, unique } from "./support/library";

// Inline editing of titles and descriptions (staff and admin), against the e2e emulator. Each
// test makes its own images, so the seed other specs count on stays as it was.

interface CreatedImage {
  guid: string;
  title: string;
}

async function createImage(
  emulator: EmulatorControl,
  label: string,
  options: {
    library?: "inventory" | "temporary";
    description?: string;
    products?: { name: string; sku: string }[];
  } = {},
): Promise<CreatedImage> {
  const title = unique(label);
  const body = await emulator.addImages({
    library: options.library ?? "inventory",
    images: [
      {
        title,
        description: options.description ?? "A test image.",
        date_added: LONG_AGO,
        products: options.products ?? [],
      },
    ],
  });
  return { guid: body.images[0]!.guid, title };
}

function updates(log: LoggedRequest[]): { guid: string; title: string; description: string }[][] {
  return log
    .filter((r) => r.endpoint === "update_images")
    .map((r) => {
      expect(r.method).toBe("PUT");
      return (r.body as { images: { guid: string; title: string; description: string }[] }).images;
    });
}

function card(page: Page, title: string): Locator {
  return page.getByRole("article", { name: title });
}

/** A title that is still unique to the test (so the search keeps finding the image). */
const renamed = (image: CreatedImage, suffix: string) => `${image.title} ${suffix}`;

test.describe("inline editing as staff", () => {
  test.use({ storageState: storageStateFor("staff") });

  test("Enter saves a title at once, and it persisted", async ({ page, emulator }) => {
    const image = await createImage(emulator, "E2E edit title");
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    // Slow upstream: the new title must be on screen long before FinerWorks answers.
    await emulator.setFault({ endpoint: "update_images", kind: "latency", latency_ms: 1500 });

    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    const box = page.getByRole("textbox", { name: "Title", exact: true });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(image.title);
    const next = renamed(image, "renamed");
    await box.fill(next);
    await box.press("Enter");

    const edited = card(page, next);
    await expect(edited.getByRole("heading", { name: next })).toBeVisible({ timeout: 500 });
    await expect(edited.getByRole("status").filter({ hasText: "Saving…" })).toBeVisible();
    await expect(edited.getByRole("status").filter({ hasText: "Saved" })).toBeVisible({
      timeout: 8_000,
    });
    await expect(page.getByRole("status").getByText(`Saved “${next}”.`)).toBeVisible();
    await saveScreenshot(page, "inline-edit-saved");
    // Focus goes back to where the edit started.
    await expect(edited.getByRole("button", { name: "Edit title", exact: true })).toBeFocused();

    await page.reload();
    await settled(page);
    await expect(card(page, next)).toBeVisible();
    expect(updates(await emulator.requests())).toEqual([
      [{ guid: image.guid, title: next, description: "A test image." }],
    ]);
  });

  test("Escape cancels without a request; Tab moves to the description; Ctrl+Enter saves it", async ({
    page,
    emulator,
  }) => {
    const image = await createImage(emulator, "E2E edit keys");
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    const target = card(page, image.title);

    await target.getByRole("button", { name: "Edit title", exact: true }).click();
    await page
      .getByRole("textbox", { name: "Title", exact: true })
      .fill("Something I will not keep");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveCount(0);
    await expect(target.getByRole("heading", { name: image.title })).toBeVisible();

    await target.getByRole("button", { name: "Edit title", exact: true }).click();
    // The cancelled text is gone, not offered back.
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(
      image.title,
    );
    await page.keyboard.press("Tab");
    const description = page.getByRole("textbox", { name: "Description", exact: true });
    await expect(description).toBeFocused();
    await description.fill("First line\nsecond line");
    await description.press("Enter"); // a plain Enter is a new line in a description
    await expect(description).toBeVisible();
    await description.press("ControlOrMeta+Enter");
    await expect(description).toHaveCount(0);
    await expect(target.getByText("First line")).toBeVisible();
    await expect(target.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

    const sent = updates(await emulator.requests());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual([
      { guid: image.guid, title: image.title, description: "First line\nsecond line\n" },
    ]);
  });

  test("bad input is refused inline and nothing is sent", async ({ page, emulator }) => {
    const image = await createImage(emulator, "E2E edit invalid");
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    const box = page.getByRole("textbox", { name: "Title", exact: true });
    await box.fill("");
    await expect(page.getByText("Title is required.")).toBeVisible();
    await box.press("Enter");
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await box.fill("x".repeat(201));
    await expect(page.getByText("Title must be at most 200 characters.")).toBeVisible();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(box).toBeVisible();
    // Nothing reached the API either.
    expect(updates(await emulator.requests())).toEqual([]);
  });

  test("Undo puts the previous text back", async ({ page, emulator }) => {
    const image = await createImage(emulator, "E2E edit undo", { description: "Before" });
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    const next = renamed(image, "oops");
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(next);
    await page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");
    await expect(card(page, next).getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(card(page, image.title)).toBeVisible();
    await expect(page.getByText("Restored the previous text.")).toBeVisible();
    expect(updates(await emulator.requests())).toEqual([
      [{ guid: image.guid, title: next, description: "Before" }],
      [{ guid: image.guid, title: image.title, description: "Before" }],
    ]);
    // The history records the Undo as a restore of the save it undoes.
    const feed = (await (await page.request.get(`/api/activity?image=${image.guid}`)).json()) as {
      entries: { id: string; action: string; restore_of?: string | null; outcome: string }[];
    };
    const [undo, save] = feed.entries;
    expect(save).toMatchObject({ action: "image.update", outcome: "ok" });
    expect(undo).toMatchObject({ action: "image.restore", outcome: "ok", restore_of: save!.id });
  });

  test("the list view and the image page edit too", async ({ page, emulator }) => {
    const image = await createImage(emulator, "E2E edit list");
    await gotoSearch(page, image.title, "&view=list");
    const row = page.getByRole("row").filter({ hasText: image.title });
    await row.getByRole("button", { name: "Edit title", exact: true }).click();
    const first = renamed(image, "from list");
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(first);
    await page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: first })
        .getByRole("status")
        .filter({ hasText: "Saved" }),
    ).toBeVisible();

    await page.goto(`/images/${image.guid}`);
    const heading = page.getByRole("heading", { level: 1, name: first });
    await expect(heading).toBeVisible();
    await heading.click(); // a click on the title opens its editor
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeFocused();
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    await page.getByRole("button", { name: "Edit description", exact: true }).click();
    await expect(page.getByRole("textbox", { name: "Description", exact: true })).toBeFocused();
    await page
      .getByRole("textbox", { name: "Description", exact: true })
      .fill("Described on its own page");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(
      page.getByRole("paragraph").filter({ hasText: "Described on its own page" }),
    ).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Saved" }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByText("Described on its own page").first()).toBeVisible();
  });

  test("saving an inventory image with products asks first, then the products are gone", async ({
    page,
    emulator,
  }) => {
    const products = [
      { name: "Framed print 8x10", sku: "E2E-FR-810" },
      { name: "Canvas wrap 16x20", sku: "E2E-CW-1620" },
      { name: "Metal print 12x12", sku: "E2E-MP-1212" },
    ];
    const image = await createImage(emulator, "E2E edit products", { products });
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    const target = card(page, image.title);
    await expect(target.getByRole("button", { name: "3 products", exact: true })).toBeVisible();

    await target.getByRole("button", { name: "Edit title", exact: true }).click();
    const next = renamed(image, "reframed");
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(next);
    await page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("3 products");
    for (const product of products) {
      await expect(dialog).toContainText(product.name);
      await expect(dialog).toContainText(product.sku);
    }
    await expect(dialog.getByRole("button", { name: "Cancel", exact: true })).toBeFocused();
    await saveScreenshot(page, "inline-edit-confirm-products");
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(next);
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeFocused();
    expect(updates(await emulator.requests())).toEqual([]);

    await page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Save and remove products", exact: true })
      .click();
    const saved = card(page, next);
    await expect(saved.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await expect(saved.getByText("0 products")).toBeVisible();
    await expect(saved.getByRole("button", { name: PRODUCTS_BADGE })).toHaveCount(0);
    await expect(page.getByText("Undo restores the text, not the products.")).toBeVisible();
    expect(updates(await emulator.requests())).toEqual([
      [{ guid: image.guid, title: next, description: "A test image." }],
    ]);

    // Undo brings the text back and says the products stay gone.
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(page.getByText("The 3 removed products cannot be restored.")).toBeVisible();
    await expect(card(page, image.title).getByText("0 products")).toBeVisible();
  });

  test("images without products and temporary images save without asking", async ({
    page,
    emulator,
  }) => {
    const image = await createImage(emulator, "E2E edit temporary", { library: "temporary" });
    await gotoSearch(page, image.title, "&library=temporary");
    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    const next = renamed(image, "kept");
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(next);
    await page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");
    await expect(card(page, next).getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
  });

  test("a failed save keeps the draft, survives a reload, and Retry succeeds", async ({
    page,
    emulator,
  }) => {
    const image = await createImage(emulator, "E2E edit failure");
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    await emulator.setFault({ endpoint: "update_images", kind: "http_500" });

    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    const draft = renamed(image, "draft");
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(draft);
    await page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");

    const target = card(page, image.title);
    const alert = target.getByRole("alert");
    await expect(alert).toContainText("Not saved");
    await expect(alert).toContainText(/FinerWorks reference: \S+/);
    // The grid shows what FinerWorks has; the editor keeps what was typed.
    await expect(target.getByRole("heading", { name: image.title })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(draft);
    await saveScreenshot(page, "inline-edit-failed-save");

    await page.reload();
    await settled(page);
    await expect(card(page, image.title).getByRole("heading", { name: image.title })).toBeVisible();
    await expect(
      card(page, image.title).getByRole("status").filter({ hasText: "Unsaved draft" }),
    ).toBeVisible();
    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(draft);
    await expect(page.getByText(/Your unsaved draft from .* is back\./)).toBeVisible();

    await emulator.clearFaults();
    await card(page, image.title).getByRole("button", { name: "Retry", exact: true }).click();
    await expect(card(page, draft).getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await page.reload();
    await settled(page);
    await expect(card(page, draft)).toBeVisible();
    // Saved: the draft is not offered again.
    await card(page, draft).getByRole("button", { name: "Edit title", exact: true }).click();
    await expect(page.getByText(/unsaved draft/)).toHaveCount(0);
  });

  test("a change made elsewhere meanwhile is shown, and nothing is overwritten without a choice", async ({
    page,
    emulator,
  }) => {
    const image = await createImage(emulator, "E2E edit conflict");
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    const mine = renamed(image, "mine");
    const theirs = renamed(image, "theirs");
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(mine);
    await emulator.updateImage(image.guid, { title: theirs, description: "Their description" });
    await page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");

    const alert = page.getByRole("alert").filter({ hasText: "Someone else changed this image" });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("region", { name: "Your version" })).toContainText(mine);
    await expect(alert.getByRole("region", { name: /Their version/ })).toContainText(theirs);
    await expect(alert.getByRole("region", { name: /Their version/ })).toContainText(
      "Their description",
    );
    await saveScreenshot(page, "inline-edit-conflict");
    expect(updates(await emulator.requests())).toEqual([]);

    await alert.getByRole("button", { name: "Keep mine", exact: true }).click();
    await expect(card(page, mine).getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    expect(updates(await emulator.requests())).toEqual([
      [{ guid: image.guid, title: mine, description: "A test image." }],
    ]);
  });

  test("taking the other version writes nothing", async ({ page, emulator }) => {
    const image = await createImage(emulator, "E2E edit take theirs");
    await gotoSearch(page, image.title);
    await emulator.clearRequests();
    await card(page, image.title)
      .getByRole("button", { name: "Edit description", exact: true })
      .click();
    await page.getByRole("textbox", { name: "Description", exact: true }).fill("My description");
    await emulator.updateImage(image.guid, { description: "Their description" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Take theirs", exact: true }).click();
    await expect(card(page, image.title).getByText("Their description")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Description", exact: true })).toHaveCount(0);
    expect(updates(await emulator.requests())).toEqual([]);
  });

  test("the open editor is accessible on a desktop and a phone (screenshots saved)", async ({
    page,
    emulator,
  }) => {
    const image = await createImage(emulator, "E2E edit screenshot", {
      description: "Giclée print on cotton rag.",
    });
    await gotoSearch(page, image.title);
    await card(page, image.title).getByRole("button", { name: "Edit title", exact: true }).click();
    await page.getByRole("textbox", { name: "Title", exact: true }).fill("");
    await expect(page.getByText("Title is required.")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, "inline-edit-editor");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByRole("textbox", { name: "Title", exact: true }).fill("A better title");
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, "inline-edit-editor-phone-dark");
  });
});

test.describe("inline editing as artist", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("an artist sees no edit controls, and a forged PATCH is refused", async ({
    page,
    emulator,
    baseURL,
  }) => {
    const image = await createImage(emulator, "E2E edit artist");
    await gotoSearch(page, image.title);
    await expect(card(page, image.title)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Edit (title|description)$/ })).toHaveCount(0);
    await gotoSearch(page, image.title, "&view=list");
    await expect(page.getByRole("button", { name: /^Edit (title|description)$/ })).toHaveCount(0);
    await page.goto(`/images/${image.guid}`);
    await page.getByRole("heading", { level: 1, name: image.title }).click();
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);

    await emulator.clearRequests();
    const response = await page.request.patch("/api/images", {
      headers: { origin: baseURL! },
      data: { images: [{ guid: image.guid, title: "Forged" }] },
    });
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect(updates(await emulator.requests())).toEqual([]);
  });
});
