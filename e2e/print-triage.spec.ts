import { expect, storageStateFor, test } from "./support/fixtures";
import { screenshots } from "./support/screens";
import { gotoSearch, LONG_AGO, settled, unique } from "./support/library";

// The rules of issue 16, written out here from the issue (not imported from lib/print), so the
// product is checked against them rather than against itself.
const SIZES: [number, number][] = [
  [4, 6],
  [5, 7],
  [8, 10],
  [8, 12],
  [11, 14],
  [12, 16],
  [12, 18],
  [16, 20],
  [16, 24],
  [18, 24],
  [20, 24],
  [20, 30],
  [24, 30],
  [24, 36],
  [30, 40],
  [30, 45],
  [40, 60],
];
function dpiAt(w: number, h: number, [short, long]: [number, number]): number {
  return Math.min(Math.max(w, h) / long, Math.min(w, h) / short);
}
function upTo(w: number, h: number): string {
  const good = SIZES.filter((s) => dpiAt(w, h, s) >= 150).sort((a, b) => b[0] * b[1] - a[0] * a[1]);
  return good[0] ? `Up to ${good[0][0]} × ${good[0][1]} in` : "Under 4 × 6 in";
}

test.describe("print readiness", () => {
  test.use({ storageState: storageStateFor("artist") });

  test("the card shows the largest size the rules give, the image page its 8 × 10 DPI", async ({
    page,
    emulator,
  }) => {
    const title = unique("Print sizes");
    const [w, h] = [3300, 2550];
    const { images } = await emulator.addImages({
      library: "inventory",
      images: [{ title, pix_w: w, pix_h: h, date_added: LONG_AGO }],
    });
    await gotoSearch(page, title);
    const card = page.getByRole("article", { name: title });
    await expect(card).toContainText(upTo(w, h));
    await expect(card.getByText(/Up to .* in/)).toBeVisible();

    await page.goto(`/images/${images[0]!.guid}`);
    const sizes = page.getByRole("region", { name: "Print sizes" });
    const row = sizes.getByRole("row", { name: /^8 × 10 in/ });
    await expect(row.getByRole("rowheader")).toHaveText("8 × 10 in");
    await expect(row).toContainText(String(Math.floor(dpiAt(w, h, [8, 10]))));
    await expect(sizes).toContainText(`Largest at 300 DPI`);
    await screenshots(page, "print-image-page");
  });

  test("the add form warns, without blocking, on a 600 x 400 image", async ({ page }) => {
    await page.goto("/images/new");
    const row = page.getByRole("group", { name: /^Image \d+$/ }).first();
    await row.getByRole("textbox", { name: "Width" }).fill("600");
    await row.getByRole("textbox", { name: "Height" }).fill("400");
    await expect(row.getByText(/Low resolution:.*cannot print 8 × 10 in at 150 DPI/)).toBeVisible();
    await expect(row).toContainText(upTo(600, 400));
    await screenshots(page, "print-add-form");
  });
});

test.describe("triage views", () => {
  test.use({ storageState: storageStateFor("staff") });

  test("Missing description shows exactly the images with empty descriptions", async ({ page }) => {
    // The whole library read twice, a scan, and four screenshots with their axe checks.
    test.setTimeout(90_000);
    // Everything the emulator holds now, read live through the app's own API.
    const all: { guid: string; description: string }[] = [];
    for (let p = 1; ; p++) {
      const answer = (await (
        await page.request.get(`/api/images?per_page=50&page=${p}&products=false`)
      ).json()) as { images: { guid: string; description: string }[]; count: number };
      all.push(...answer.images);
      if (all.length >= answer.count || answer.images.length === 0) break;
    }
    const expected = all
      .filter((i) => i.description.trim() === "")
      .map((i) => i.guid)
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    await page.goto("/images");
    await settled(page);
    await page.getByRole("button", { name: "Views" }).click();
    await page.getByRole("menuitem", { name: "Refresh" }).click();
    await expect(page.getByRole("menu", { name: "Views" })).toContainText(/As of/, {
      timeout: 30_000,
    });
    await expect(page.getByRole("menuitem", { name: /^Missing description/ })).toContainText(
      String(expected.length),
    );
    for (const name of ["Untitled", "Low resolution", "Inactive", "With products"])
      await expect(page.getByRole("menuitem", { name: new RegExp(`^${name}`) })).toBeVisible();
    await screenshots(page, "views-menu");
    await page.getByRole("menuitem", { name: /^Missing description/ }).click();
    await expect(page).toHaveURL(/triage=missing-description/);
    await settled(page);
    await expect(page.getByRole("group", { name: "Active filters" })).toContainText(
      "Missing description",
    );
    await expect(page.locator("#results-summary")).toContainText(`of ${expected.length}`);

    const shown: string[] = [];
    for (let p = 1; shown.length < expected.length; p++) {
      const answer = (await (
        await page.request.get(`/api/images?triage=missing-description&per_page=50&page=${p}`)
      ).json()) as { images: { guid: string }[] };
      if (answer.images.length === 0) break;
      shown.push(...answer.images.map((i) => i.guid));
    }
    expect(shown.sort()).toEqual(expected);
  });

  test("adding an image whose URL is already in the library warns of a duplicate", async ({
    page,
    emulator,
  }) => {
    const title = unique("Already here");
    const url = `https://cdn.example.com/e2e/${title.replace(/\W+/g, "-")}.jpg`;
    await emulator.addImages({ library: "inventory", images: [{ title, private_hires_uri: url }] });
    await page.goto("/images/new");
    await page.getByRole("textbox", { name: "Paste image URLs" }).fill(url);
    await page.getByRole("button", { name: "Add URLs as rows" }).click();
    const row = page.getByRole("group", { name: /^Image \d+$/ }).first();
    await expect(row.getByText("Possibly already in the library")).toBeVisible({ timeout: 15_000 });
    await expect(row.getByRole("link", { name: title })).toBeVisible();
    await screenshots(page, "duplicate-warning");
    await row.getByRole("button", { name: "Keep" }).click();
    await expect(row.getByText("Possibly already in the library")).toHaveCount(0);
  });
});

test("a saved view survives sign-out and sign-in", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = async () => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("artist@example.com");
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/images/);
  };
  await signIn();
  const name = unique("My view");
  await page.goto("/images?q=harbour&sort=title&dir=asc");
  await settled(page);
  await page.getByRole("button", { name: "Save view" }).click();
  await page.getByRole("textbox", { name: "View name" }).fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved "${name}"`)).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn();
  await page.goto("/images");
  await settled(page);
  await page.getByRole("button", { name: "Views" }).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
  await expect(page).toHaveURL(/q=harbour/);
  await expect(page).toHaveURL(/sort=title/);
  await context.close();
});
