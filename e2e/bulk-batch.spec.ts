import type { Page } from "@playwright/test";
import { expect, storageStateFor, test, type EmulatorControl } from "./support/fixtures";
import { gotoLibrary, LONG_AGO, settled, unique } from "./support/library";

// Big batches as staff: a save of 120 rows in three requests, watched frame by frame, and a
// spreadsheet longer than the screen (virtualised) driven with the keyboard.

const ROWS = 120;

async function makeImages(emulator: EmulatorControl, label: string, count: number) {
  const stem = unique(label);
  const titles = Array.from(
    { length: count },
    (_, i) => `${stem} ${String(i + 1).padStart(3, "0")} study`,
  );
  await emulator.addImages({
    library: "temporary",
    images: titles.map((title) => ({ title, description: "Ink.", date_added: LONG_AGO })),
  });
  return { stem, titles };
}

const search = (stem: string) =>
  `?q=${encodeURIComponent(stem)}&library=temporary&sort=title&dir=asc`;

async function selectAllMatching(page: Page, count: number) {
  await page.getByRole("button", { name: `Select all ${count} matching` }).click();
  await expect(page.getByText(`${count} selected`)).toBeVisible();
}

interface Frame {
  /** The progress bar's value, or null when none shows. */
  progress: number | null;
  /** "Saved" badges among the preview rows in the page. */
  saved: number;
  /** Where the third preview row and the list itself are on screen. */
  rowTop: number | null;
  listTop: number | null;
  /** The card titles of the grid behind the panel. */
  grid: string[];
}

/** Records one Frame per animation frame until window.stopFrames() is called. */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: unknown[] = [];
    const w = window as unknown as { frames_: unknown[]; stopFrames: () => void };
    let on = true;
    w.frames_ = frames;
    w.stopFrames = () => (on = false);
    const tick = () => {
      const panel = document.querySelector("dialog[open]");
      const bar = panel?.querySelector('[role="progressbar"]');
      const list = panel?.querySelector('[aria-label="Preview"]');
      frames.push({
        progress: bar ? Number(bar.getAttribute("aria-valuenow")) : null,
        saved: [...(list?.querySelectorAll("span") ?? [])].filter((s) => s.textContent === "Saved")
          .length,
        rowTop: list?.querySelector('li[data-index="2"]')?.getBoundingClientRect().top ?? null,
        listTop: list?.getBoundingClientRect().top ?? null,
        grid: [...document.querySelectorAll("h3")]
          .filter((h) => !h.closest("dialog"))
          .map((h) => h.textContent ?? ""),
      });
      if (on) requestAnimationFrame(tick);
    };
    tick();
  });
}

test.describe("big batches as staff", () => {
  test.use({ storageState: storageStateFor("staff") });
  test.describe.configure({ timeout: 120_000 });

  test("120 rows save smoothly: outcomes arrive request by request, nothing jumps or flashes back", async ({
    page,
    emulator,
  }) => {
    const { stem, titles } = await makeImages(emulator, "E2E smooth", ROWS);
    await gotoLibrary(page, search(stem));
    await selectAllMatching(page, ROWS);
    // Page 5 shows the last rows of the batch: those the last request sends.
    await page
      .getByRole("navigation", { name: "Pagination" })
      .getByRole("link", { name: "Page 5" })
      .click();
    await settled(page);
    await expect(page.getByRole("heading", { name: titles[ROWS - 1]! })).toBeVisible();

    await page.getByRole("button", { name: "Bulk edit" }).click();
    const panel = page.getByRole("dialog");
    await panel.getByRole("textbox", { name: "Find" }).fill("study");
    await panel.getByRole("textbox", { name: "Replace with" }).fill("Study");
    await panel.getByRole("checkbox", { name: "Match case" }).check();
    const save = panel.getByRole("button", { name: `Save ${ROWS} changes` });
    await expect(save).toBeEnabled();

    // Each update_images call takes 700 ms: three requests of 50 (two calls each), one by one.
    await emulator.setFault({ endpoint: "update_images", kind: "latency", latency_ms: 700 });
    try {
      await recordFrames(page);
      await save.click();
      await expect(panel.getByText(`${ROWS} saved`, { exact: true })).toBeVisible({
        timeout: 30_000,
      });
    } finally {
      await emulator.clearFaults();
    }
    const frames = await page.evaluate(() => {
      const w = window as unknown as { frames_: Frame[]; stopFrames: () => void };
      w.stopFrames();
      return w.frames_;
    });
    const saving = frames.slice(frames.findIndex((f) => f.progress !== null));
    expect(saving.length).toBeGreaterThan(10);

    // The bar only goes forward, through each request's answer.
    const values = saving.flatMap((f) => (f.progress === null ? [] : [f.progress]));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values).toContain(50);
    expect(values).toContain(100);
    expect(values.every((v) => [0, 50, 100, ROWS].includes(v))).toBe(true);
    // Rows answered by the first request say so while the others are still on their way.
    expect(saving.some((f) => f.progress !== null && f.progress < ROWS && f.saved > 0)).toBe(true);
    // Outcomes take no room of their own: the rows and the list stay where they are.
    expect(new Set(saving.map((f) => f.rowTop)).size).toBe(1);
    expect(new Set(saving.map((f) => f.listTop)).size).toBe(1);
    // The grid behind never shows an old title again once it showed the new one.
    const shownNew = new Set<string>();
    for (const frame of saving)
      for (const title of frame.grid) {
        const fresh = title.replace(" study", " Study");
        if (title === fresh) shownNew.add(title);
        else expect(shownNew.has(fresh), `${title} came back`).toBe(false);
      }
    expect(shownNew.size).toBe(24);
  });

  test("a spreadsheet longer than the screen: a screenful in the page, the cursor keeps the focus", async ({
    page,
    emulator,
  }) => {
    const count = 80;
    const { stem, titles } = await makeImages(emulator, "E2E long sheet", count);
    await gotoLibrary(page, `${search(stem)}&view=list`);
    await selectAllMatching(page, count);
    await page.getByRole("button", { name: "Edit as spreadsheet" }).click();
    const grid = page.getByRole("grid");
    await expect(grid).toHaveAttribute("aria-rowcount", String(count + 1));
    await expect(grid.locator('[data-cell="0:0"]')).toBeVisible();
    expect(await grid.locator("tbody tr").count()).toBeLessThan(40);

    await grid.locator('[data-cell="0:0"]').click();
    for (let i = 0; i < 45; i++) await page.keyboard.press("ArrowDown");
    const cell = grid.locator('[data-cell="45:0"]');
    await expect(cell).toBeFocused();
    await expect(cell).toBeInViewport();
    await expect(cell).toHaveText(titles[45]!);
    await expect(grid.locator('tr:has([data-cell="45:0"])')).toHaveAttribute("aria-rowindex", "47");
    await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);

    // Scrolled back to the top, the cursor's row stays in the page and keeps the focus...
    await grid.evaluate((table) => table.parentElement!.scrollTo({ top: 0 }));
    await expect(grid.locator('[data-cell="0:0"]')).toBeInViewport();
    await expect(cell).toBeFocused();
    await expect(cell).not.toBeInViewport();
    // ...and the next arrow brings it back into view.
    await page.keyboard.press("ArrowDown");
    const next = grid.locator('[data-cell="46:0"]');
    await expect(next).toBeFocused();
    await expect(next).toBeInViewport();
    // Rows that came in while the arrows scrolled get their thumbnail once the sheet rests.
    await expect(grid.locator('tr:has([data-cell="46:0"]) img')).toHaveCount(1);

    // Tab from the bar lands on the cursor's cell, the only one in the tab order.
    await page.getByRole("button", { name: "Close spreadsheet" }).focus();
    await page.keyboard.press("Tab");
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.type(" (far)");
    await page.keyboard.press("Enter");
    await expect(grid.locator('[data-cell="47:0"]')).toBeFocused();
    await expect(page.getByText("1 change", { exact: true })).toBeVisible();
    await expect(next).toHaveText(`${titles[46]!} (far)`);
  });
});
