// The "demo" seed: ~200 images of an artist's library, the same on every run (seeded PRNG),
// including the two images FinerWorks' published examples name. Dates are offsets from the
// start of the current UTC day so the library always looks recently used.
import { DAY_MS } from "./dates";
import { createRng, type Rng } from "./prng";
import { mediaPath, type NewImage, type StoredProduct } from "./records";
import {
  DIMENSIONS,
  GALLERY_CATEGORY,
  GALLERY_TITLES,
  ORIENTATIONS,
  makeDescription,
  makeTitle,
  pickCategory,
} from "./seed-catalog";
import { EXAMPLE_PRODUCT, makeProducts } from "./seed-products";

/** list_images.txt's example image ("My Image", with the example product). */
export const EXAMPLE_IMAGE_GUID = "5dbae1c2-addc-47ce-9468-843b9730aa52";
/** The image update_images.txt's example body edits. */
export const UPDATE_EXAMPLE_GUID = "5fd001ce-5db8-4e84-9010-e29499eadb3f";

export const DEMO_COUNTS = { inventory: 170, temporary: 30, inventoryWithProducts: 40 } as const;

const SEED = 20_251_027;
const HOUR_MS = 3_600_000;

export type SeedKind = "demo" | "none";

let cached: { anchorMs: number; images: NewImage[] } | undefined;

/** The seed's rows; memoized per day so reset() only pays for the inserts. */
export function seedImages(kind: SeedKind, now = Date.now()): NewImage[] {
  if (kind === "none") return [];
  const anchorMs = startOfUtcDay(now);
  if (cached?.anchorMs !== anchorMs) cached = { anchorMs, images: demoSeed(anchorMs) };
  return cached.images;
}

export function demoSeed(anchorMs: number): NewImage[] {
  const rng = createRng(SEED);
  const usedTitles = new Set<string>(["My Image"]);
  const inventory = Array.from({ length: DEMO_COUNTS.inventory - 1 }, () =>
    draftImage(rng, "inventory", anchorMs - rng.int(DAY_MS, 730 * DAY_MS), usedTitles),
  );
  const temporary = Array.from({ length: DEMO_COUNTS.temporary }, () =>
    draftImage(rng, "temporary", anchorMs - rng.int(12 * HOUR_MS, 25 * DAY_MS), usedTitles),
  );

  const updateExample = inventory[0];
  if (!updateExample) throw new Error("seed has no inventory images");
  updateExample.guid = UPDATE_EXAMPLE_GUID;
  updateExample.active = true;
  updateExample.products = makeProducts(rng, withSize(updateExample), 2);

  // Products go to a stable random pick of the other inventory images, 1 to 4 each.
  const candidates = inventory.slice(1).filter(() => rng.chance(0.5));
  for (const image of candidates.slice(0, DEMO_COUNTS.inventoryWithProducts - 2)) {
    image.products = makeProducts(rng, withSize(image), rng.int(1, 4));
  }

  const all = [...inventory, ...temporary, exampleImage(anchorMs - 2 * HOUR_MS)];
  // Ids follow upload order, as they do upstream.
  return all.sort((a, b) => a.added_at - b.added_at);
}

function draftImage(
  rng: Rng,
  library: NewImage["library"],
  addedAt: number,
  usedTitles: Set<string>,
): NewImage {
  const category = pickCategory(rng);
  const title = uniqueTitle(makeTitle(rng, category), usedTitles);
  const guid = rng.guid();
  const [pixW, pixH] = rng.pick(DIMENSIONS[rng.pick(ORIENTATIONS[category])]);
  const ext = rng.pick(["jpg", "jpg", "jpg", "tif", "tif", "png"] as const);
  const bytesPerPixel = {
    jpg: 0.5 + rng.next(),
    tif: 3 + rng.next() * 1.5,
    png: 2 + rng.next() * 1.2,
  }[ext];
  const fileSize = Math.round(Math.min(120e6, Math.max(2e6, pixW * pixH * bytesPerPixel)));
  const slug = slugify(title);
  const inGallery = library === "inventory" && rng.chance(0.25);
  return {
    guid,
    library,
    title,
    description: makeDescription(rng, category),
    file_name: `${slug}.${ext}`,
    file_size: fileSize,
    thumbnail_file_name: `${slug}_thumb.jpg`,
    preview_file_name: `${slug}_preview.jpg`,
    hires_file_name: `${slug}.${ext}`,
    public_thumbnail_uri: mediaPath("thumb", guid),
    public_preview_uri: mediaPath("preview", guid),
    private_hires_uri: mediaPath("hires", guid),
    personal_gallery_title: inGallery ? rng.pick(GALLERY_TITLES) : null,
    members_gallery_category: inGallery ? GALLERY_CATEGORY[category] : null,
    pix_w: pixW,
    pix_h: pixH,
    added_at: addedAt,
    expires_at: library === "temporary" ? addedAt + 30 * DAY_MS : null,
    active: !rng.chance(0.1),
    products: library === "inventory" ? [] : undefined,
  };
}

function exampleImage(addedAt: number): NewImage {
  const products: StoredProduct[] = [EXAMPLE_PRODUCT];
  return {
    guid: EXAMPLE_IMAGE_GUID,
    library: "inventory",
    title: "My Image",
    description: "Some interesting things about this image...",
    file_name: "myimage.jpg",
    file_size: 100000,
    thumbnail_file_name: null,
    preview_file_name: null,
    hires_file_name: null,
    public_thumbnail_uri: mediaPath("thumb", EXAMPLE_IMAGE_GUID),
    public_preview_uri: mediaPath("preview", EXAMPLE_IMAGE_GUID),
    private_hires_uri: mediaPath("hires", EXAMPLE_IMAGE_GUID),
    personal_gallery_title: null,
    members_gallery_category: null,
    pix_w: 2000,
    pix_h: 3000,
    added_at: addedAt,
    expires_at: null,
    active: true,
    products,
  };
}

function withSize(image: NewImage): { guid: string; pix_w: number; pix_h: number } {
  return { guid: image.guid, pix_w: image.pix_w ?? 1, pix_h: image.pix_h ?? 1 };
}

function uniqueTitle(title: string, used: Set<string>): string {
  let candidate = title;
  for (let n = 2; used.has(candidate); n++)
    candidate = `${title} ${["", "", "II", "III", "IV", "V"][n] ?? n}`;
  used.add(candidate);
  return candidate;
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
