// The "big" seed, for tries and benchmarks at library scale (`--images N`): N inventory images
// and N/20 temporary ones, generated lazily (never all in memory) and the same on every run.
// About a fifth of the inventory images carry 1-4 products, printed 5x7 to 40x60 in, with
// the problems an admin review looks for: asking prices at or below cost, thin margins, no
// asking price, inactive images, and SKUs repeated on another image.
import { DAY_MS } from "./dates";
import { createRng, type Rng } from "./prng";
import { mediaPath, type NewImage, type StoredProduct } from "./records";
import { DIMENSIONS, makeDescription, makeTitle, ORIENTATIONS, pickCategory } from "./seed-catalog";
import { makeProduct } from "./seed-products";
import { slugify } from "./seed";

const SEED = 20_261_130;

type Size = readonly [number, number];
const PORTRAIT: Size[] = [
  [5, 7],
  [8, 10],
  [11, 14],
  [12, 18],
  [16, 20],
  [18, 24],
  [20, 30],
  [24, 36],
  [30, 40],
  [40, 60],
];
const SIZES = {
  portrait: PORTRAIT,
  landscape: PORTRAIT.map(([w, h]): Size => [h, w]),
  square: [5, 8, 10, 12, 16, 20, 24, 30, 36, 40].map((s): Size => [s, s]),
};
/** Small files too, so big prints of them come out at low resolution. */
const SMALL: Size[] = [
  [1200, 1600],
  [1600, 1200],
  [1000, 1000],
];

/** The SKUs seen so far (a window of them), for repeating one on another image. */
const RECENT_SKUS = 500;

function shapeOf(w: number, h: number): keyof typeof SIZES {
  return w > h * 1.1 ? "landscape" : h > w * 1.1 ? "portrait" : "square";
}

const money = (n: number) => Math.round(n * 100) / 100;

/** An ordinary product, sometimes made into one of the cases the review flags. */
function reviewProduct(rng: Rng, guid: string, size: Size, recentSkus: string[]): StoredProduct {
  const product = makeProduct(rng, guid, size);
  const cost = product.per_item_price;
  const roll = rng.next();
  let asking = product.asking_price;
  if (roll < 0.04)
    asking = money(cost * (0.7 + rng.next() * 0.3)); // at or below cost
  else if (roll < 0.06)
    asking = rng.chance(0.5) ? null : 0; // no asking price
  else if (roll < 0.14) asking = money(cost * (1.05 + rng.next() * 0.3)); // thin margin
  let sku = product.sku;
  if (recentSkus.length > 0 && rng.chance(0.02)) sku = rng.pick(recentSkus);
  recentSkus.push(sku);
  if (recentSkus.length > RECENT_SKUS) recentSkus.shift();
  return {
    ...product,
    sku,
    asking_price: asking,
    labels: product.labels?.map((l) => (l.key === "sku" ? { ...l, value: sku } : l)) ?? null,
  };
}

function bigImage(
  rng: Rng,
  library: NewImage["library"],
  addedAt: number,
  recentSkus: string[],
): NewImage {
  const category = pickCategory(rng);
  const title = makeTitle(rng, category);
  const guid = rng.guid();
  const [pixW, pixH] = rng.chance(0.1)
    ? rng.pick(SMALL)
    : rng.pick(DIMENSIONS[rng.pick(ORIENTATIONS[category])]);
  const slug = slugify(title);
  const withProducts = library === "inventory" && rng.chance(0.2);
  const sizes = SIZES[shapeOf(pixW, pixH)];
  return {
    guid,
    library,
    title,
    description: makeDescription(rng, category),
    file_name: `${slug}.jpg`,
    file_size: Math.round(pixW * pixH * (0.5 + rng.next())),
    thumbnail_file_name: `${slug}_thumb.jpg`,
    preview_file_name: `${slug}_preview.jpg`,
    hires_file_name: `${slug}.jpg`,
    public_thumbnail_uri: mediaPath("thumb", guid),
    public_preview_uri: mediaPath("preview", guid),
    private_hires_uri: mediaPath("hires", guid),
    personal_gallery_title: null,
    members_gallery_category: null,
    pix_w: pixW,
    pix_h: pixH,
    added_at: addedAt,
    expires_at: library === "temporary" ? addedAt + 30 * DAY_MS : null,
    active: !rng.chance(0.08),
    products: withProducts
      ? Array.from({ length: rng.int(1, 4) }, () =>
          reviewProduct(rng, guid, rng.pick(sizes), recentSkus),
        )
      : library === "inventory"
        ? []
        : undefined,
  };
}

/** `inventory` inventory images and a twentieth as many temporary ones, oldest first. */
export function* bigSeed(inventory: number, now = Date.now()): Generator<NewImage> {
  const anchorMs = Math.floor(now / DAY_MS) * DAY_MS;
  const rng = createRng(SEED);
  const temporary = Math.floor(inventory / 20);
  const total = inventory + temporary;
  const recentSkus: string[] = [];
  // Spread over five years, in upload order (ids follow it, as upstream).
  const step = Math.max(1, Math.floor((5 * 365 * DAY_MS) / Math.max(1, total)));
  let left = { inventory, temporary };
  for (let i = 0; i < total; i++) {
    const pickTemporary = left.temporary > 0 && rng.next() < left.temporary / (total - i);
    const library = pickTemporary ? "temporary" : "inventory";
    left = { ...left, [library]: left[library] - 1 };
    yield bigImage(rng, library, anchorMs - (total - i) * step, recentSkus);
  }
}
