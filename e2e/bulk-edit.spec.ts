import type { Page } from "@playwright/test";
import {
  expect,
  storageStateFor,
  test,
  type EmulatorControl,
  type LoggedRequest,
} from "./support/fixtures";
import { screenshots } from "./support/screens";
import { gotoLibrary, LONG_AGO, settled, unique } from "./support/library";

// Bulk editing as staff against the e2e emulator: selection over two pages, the previewed find
// and replace, the one products warning, per-row outcomes, Undo of the whole batch.

interface Made {
  guid: string;
  title: string;
}

const PRODUCTS = [
  { name: "Framed print 8x10", sku: "BULK-FR-1", asking_price: 59 },
  { name: "Canvas 12x16", sku: "BULK-CV-2", asking_price: 120 },
];

/** 30 images under one label, sorted by title: 28 with "study", one "Study", one neither. */
async function makeThirty(emulator: EmulatorControl, label: string, withProducts: number[]) {
  const stem = unique(label);
  const titles = Array.from({ length: 30 }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return i < 28
      ? `${stem} ${n} study of light`
      : i === 28
        ? `${stem} ${n} Study`
        : `${stem} ${n} sketch`;
  });
  const body = await emulator.addImages({
    library: "inventory",
    images: titles.map((title, i) => ({
      title,
      description: "Oil on board.",
      date_added: LONG_AGO,
      products: withProducts.includes(i) ? PRODUCTS : [],
    })),
  });
  const images: Made[] = body.images.map((image, i) => ({ guid: image.guid, title: titles[i]! }));
  return { stem, images };
}

function updateCalls(log: LoggedRequest[]) {
  return log
    .filter((r) => r.endpoint === "update_images")
    .map(
      (r) => (r.body as { images: { guid: string; title: string; description: string }[] }).images,
    );
}

const search = (stem: string) => `?q=${encodeURIComponent(stem)}&sort=title&dir=asc`;

async function selectBothPages(page: Page, stem: string) {
  await gotoLibrary(page, search(stem));
  await page.getByRole("button", { name: "Select all on this page" }).click();
  await expect(page.getByText("24 selected")).toBeVisible();
  await page
    .getByRole("navigation", { name: "Pagination" })
    .getByRole("link", { name: "Page 2" })
    .click();
  await settled(page);
  // Shift+click: the first and the last of page 2 select the six between.
  const boxes = page.getByRole("checkbox", { name: /^Select / });
  await boxes.first().click();
  await boxes.last().click({ modifiers: ["Shift"] });
  await expect(page.getByText("30 selected")).toBeVisible();
}

async function findReplaceStudy(page: Page) {
  await page.getByRole("button", { name: "Bulk edit" }).click();
  const panel = page.getByRole("dialog");
  await panel.getByRole("combobox", { name: "Field" }).selectOption("Title");
  await panel.getByRole("textbox", { name: "Find" }).fill("study");
  await panel.getByRole("textbox", { name: "Replace with" }).fill("Study");
  await panel.getByRole("checkbox", { name: "Match case" }).check();
  return panel;
}

test.describe("bulk edit as staff", () => {
  test.use({ storageState: storageStateFor("staff") });
  // Screenshots at two sizes and two schemes, each checked by axe, take their time.
  test.describe.configure({ timeout: 150_000 });

  test("find and replace over 30 images on two pages, products confirmed, Undo restores all", async ({
    page,
    emulator,
  }) => {
    const { stem, images } = await makeThirty(emulator, "E2E bulk", [1, 4]);
    await selectBothPages(page, stem);
    await screenshots(page, "bulk-selection-bar");
    // A reload keeps the selection.
    await page.reload();
    await settled(page);
    await expect(page.getByText("30 selected")).toBeVisible();

    const panel = await findReplaceStudy(page);
    await expect(panel.getByText("28 changes", { exact: true })).toBeVisible();
    await expect(panel.getByText("2 unchanged")).toBeVisible();
    await expect(panel.getByRole("button", { name: "Save 28 changes" })).toBeEnabled();
    await screenshots(page, "bulk-preview");

    await emulator.clearRequests();
    await panel.getByRole("button", { name: "Save 28 changes" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(
      "2 images have 4 products; saving removes them from FinerWorks (they are kept in the removed-products archive)",
    );
    await expect(dialog.getByText("BULK-CV-2")).toHaveCount(2);
    await expect(dialog.getByText("$120.00").first()).toBeVisible();
    await screenshots(page, "bulk-products-dialog");
    await dialog.getByRole("button", { name: "Save and remove products" }).click();
    await expect(panel.getByText("Saved", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("status").getByText("Saved 28 changes.")).toBeVisible();
    await expect(panel.getByText("28 saved", { exact: true })).toBeVisible();

    const changed = images.slice(0, 28);
    const calls = updateCalls(await emulator.requests());
    for (const call of calls) expect(call.length).toBeLessThanOrEqual(25);
    const sent = calls.flat().map(({ guid, title }) => ({ guid, title }));
    expect(sent.sort((a, b) => a.title.localeCompare(b.title))).toEqual(
      changed.map((image) => ({ guid: image.guid, title: image.title.replace("study", "Study") })),
    );
    await screenshots(page, "bulk-results");

    // The toast sits behind the modal panel; the panel's own Undo takes the batch back while
    // the results are on screen, and the toast goes (one undo per batch).
    await emulator.clearRequests();
    await panel.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(
      page.getByRole("status").getByText("Restored the previous text of 28 images."),
    ).toBeVisible();
    await expect(panel.getByText("28 undone", { exact: true })).toBeVisible();
    await expect(panel.getByText("Undone", { exact: true }).first()).toBeVisible();
    await expect(panel.getByRole("button", { name: "Undo", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Undo", exact: true })).toHaveCount(0);
    const undone = updateCalls(await emulator.requests()).flat();
    expect(undone.map((i) => i.guid).sort()).toEqual(changed.map((i) => i.guid).sort());
    expect(undone.every((i) => i.title.includes(" study of light"))).toBe(true);

    await page.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("heading", { name: `${stem} 25 study of light` })).toBeVisible();
    await gotoLibrary(page, search(stem));
    await expect(page.getByRole("heading", { name: `${stem} 01 study of light` })).toBeVisible();
  });

  test("Skip images with products sends nothing for them; a row changed meanwhile is a conflict", async ({
    page,
    emulator,
  }) => {
    const { stem, images } = await makeThirty(emulator, "E2E bulk skip", [0, 2]);
    await selectBothPages(page, stem);
    const panel = await findReplaceStudy(page);
    await expect(panel.getByRole("button", { name: "Save 28 changes" })).toBeEnabled();
    // Someone else renames image 4 while the preview is open.
    await emulator.updateImage(images[3]!.guid, { title: `${stem} 04 renamed elsewhere` });
    await emulator.clearRequests();
    await panel.getByRole("button", { name: "Save 28 changes" }).click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Skip images with products" })
      .click();

    await expect(panel.getByText("Conflict", { exact: true })).toHaveCount(1);
    await expect(page.getByRole("status").getByText("Saved 25 changes.")).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Notifications" }).getByText("2 skipped (have products)."),
    ).toBeVisible();
    // The rows left out are marked as such, and counted.
    await expect(
      panel.getByText("25 saved · 2 skipped (have products) · 1 conflict"),
    ).toBeVisible();
    const preview = panel.getByRole("region", { name: "Preview" });
    for (const index of [0, 2]) {
      const row = preview.getByRole("listitem").filter({
        has: page.getByRole("checkbox", { name: `Include ${images[index]!.title}` }),
      });
      await expect(row.getByText("Skipped (has products)", { exact: true })).toBeVisible();
      await expect(row.getByText("Saved", { exact: true })).toHaveCount(0);
      await expect(row.getByRole("checkbox")).not.toBeChecked();
    }
    await expect(panel.getByText(`“${stem} 04 renamed elsewhere”`)).toBeVisible();
    const sentGuids = new Set(
      updateCalls(await emulator.requests())
        .flat()
        .map((i) => i.guid),
    );
    expect(sentGuids.has(images[0]!.guid)).toBe(false);
    expect(sentGuids.has(images[2]!.guid)).toBe(false);
    expect(sentGuids.has(images[3]!.guid)).toBe(false);
    expect(sentGuids.size).toBe(25);
    await screenshots(page, "bulk-conflict");

    // Take theirs: the conflict is settled without a request; the grid shows their title.
    await panel.getByRole("button", { name: "Take theirs" }).click();
    await expect(panel.getByText("Kept their version", { exact: true })).toBeVisible();
    await expect(
      panel.getByText("25 saved · 2 skipped (have products) · 1 kept their version"),
    ).toBeVisible();
    await page.getByRole("button", { name: "Close" }).click();
    // The grid (page 2) has the new titles at once, with no reload.
    await expect(page.getByRole("heading", { name: `${stem} 25 Study of light` })).toBeVisible();

    // Once the panel is closed the toast's Undo is in reach: it puts back the 25 it saved.
    await emulator.clearRequests();
    await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
    await expect(
      page.getByRole("status").getByText("Restored the previous text of 25 images."),
    ).toBeVisible();
    expect(
      updateCalls(await emulator.requests())
        .flat()
        .map((i) => i.guid)
        .sort(),
    ).toEqual([...sentGuids].sort());
    await expect(page.getByRole("heading", { name: `${stem} 25 study of light` })).toBeVisible();
    await gotoLibrary(page, search(stem));
    await expect(page.getByRole("heading", { name: `${stem} 04 renamed elsewhere` })).toBeVisible();
    await expect(page.getByRole("heading", { name: `${stem} 05 study of light` })).toBeVisible();
    await page.getByRole("button", { name: "Clear selection" }).click();
    await expect(page.getByRole("region", { name: "Selection" })).toHaveCount(0);
  });

  test("an invalid regular expression is a clear error; invalid rows are left out with the reason", async ({
    page,
    emulator,
  }) => {
    const { stem } = await makeThirty(emulator, "E2E bulk invalid", []);
    await gotoLibrary(page, search(stem));
    await page.getByRole("button", { name: "Select all on this page" }).click();
    await page.getByRole("button", { name: "Bulk edit" }).click();
    const panel = page.getByRole("dialog");
    await panel.getByRole("checkbox", { name: "Regular expression" }).check();
    await panel.getByRole("textbox", { name: "Find" }).fill("(study");
    await expect(panel.getByRole("alert")).toContainText("The regular expression is not valid");
    await expect(panel.getByRole("button", { name: "Save 0 changes" })).toBeDisabled();

    await panel.getByRole("combobox", { name: "Operation" }).selectOption("Add suffix");
    await panel.getByRole("textbox", { name: "Suffix" }).fill("x".repeat(190));
    await expect(panel.getByText("24 left out (not valid)")).toBeVisible();
    await expect(
      panel.getByText("Left out: Title must be at most 200 characters.").first(),
    ).toBeVisible();
    await expect(panel.getByRole("button", { name: "Save 0 changes" })).toBeDisabled();
  });

  test("spreadsheet: three titles edited with the keyboard, saved, there after a reload", async ({
    page,
    emulator,
  }) => {
    const { stem, images } = await makeThirty(emulator, "E2E sheet", []);
    await gotoLibrary(page, `${search(stem)}&view=list`);
    await page.getByRole("button", { name: "Edit as spreadsheet" }).click();
    const grid = page.getByRole("grid");
    await expect(grid).toBeVisible();
    // From the bar's last button, Tab enters the grid at its first Title cell.
    await page.getByRole("button", { name: "Close spreadsheet" }).focus();
    await page.keyboard.press("Tab");
    await expect(grid.locator('[data-cell="0:0"]')).toBeFocused();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Enter");
      await page.keyboard.press("End");
      await page.keyboard.type(" (sheet)");
      await page.keyboard.press("Enter");
    }
    // Esc on a changed cell reverts it; Ctrl+Z brings it back.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Escape");
    await expect(page.getByText("2 changes")).toBeVisible();
    await page.keyboard.press("ControlOrMeta+z");
    await expect(page.getByText("3 changes")).toBeVisible();
    await screenshots(page, "bulk-spreadsheet");

    await emulator.clearRequests();
    await page.getByRole("button", { name: "Review and save" }).click();
    const panel = page.getByRole("dialog");
    await panel.getByRole("button", { name: "Save 3 changes" }).click();
    await expect(panel.getByText("Saved", { exact: true })).toHaveCount(3);
    const sent = updateCalls(await emulator.requests()).flat();
    expect(sent.map((i) => i.title)).toEqual(images.slice(0, 3).map((i) => `${i.title} (sheet)`));

    await page.reload();
    await settled(page);
    for (const image of images.slice(0, 3))
      await expect(page.getByText(`${image.title} (sheet)`)).toBeVisible();
  });
});

test.describe("Restore batch as staff", () => {
  test.use({ storageState: storageStateFor("staff") });

  test("puts back every earlier text of one request's changes, recorded as restores", async ({
    page,
    emulator,
  }) => {
    const stem = unique("E2E restore batch");
    const body = await emulator.addImages({
      library: "inventory",
      images: [1, 2, 3].map((n) => ({
        title: `${stem} ${n}`,
        description: "",
        date_added: LONG_AGO,
      })),
    });
    const images = body.images.map((image, i) => ({ guid: image.guid, title: `${stem} ${i + 1}` }));
    await page.goto("/activity");
    const origin = new URL(page.url()).origin;
    const saved = await page.request.patch("/api/images", {
      headers: { "content-type": "application/json", origin },
      data: {
        images: images.map((image) => ({
          guid: image.guid,
          title: `${image.title} renamed`,
          expected: { title: image.title, description: "" },
        })),
      },
    });
    expect(saved.status()).toBe(200);
    const feed = await page.request.get(`/api/activity?image=${images[0]!.guid}`);
    const batch = ((await feed.json()) as { entries: { batch_id: string }[] }).entries[0]!.batch_id;

    await page.goto(`/activity?batch=${batch}`);
    await emulator.clearRequests();
    await page.getByRole("button", { name: "Restore batch" }).click();
    await expect(page.getByText("Restored the previous text of 3 images.")).toBeVisible();
    const restored = updateCalls(await emulator.requests()).flat();
    expect(restored.map((i) => i.title).sort()).toEqual(images.map((i) => i.title));
    await page.goto(`/activity?image=${images[1]!.guid}&action=image.restore`);
    await expect(page.getByText("Restored text of")).toBeVisible();
  });
});

test.describe("bulk edit as artist", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("no checkboxes and no bulk controls; a forged two-image PATCH is 403", async ({
    page,
    emulator,
  }) => {
    const { stem, images } = await makeThirty(emulator, "E2E bulk artist", []);
    await gotoLibrary(page, `${search(stem)}&view=list`);
    await expect(page.getByRole("checkbox", { name: /^Select / })).toHaveCount(0);
    for (const name of ["Select all on this page", "Bulk edit", "Edit as spreadsheet"])
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    const answer = await page.request.patch("/api/images", {
      headers: { "content-type": "application/json", origin: new URL(page.url()).origin },
      data: {
        images: images.slice(0, 2).map((image) => ({ guid: image.guid, title: "Forged" })),
      },
    });
    expect(answer.status()).toBe(403);
  });
});
