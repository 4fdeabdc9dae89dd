// Virtual inventory products for the demo seed, shaped like FinerWorks' published example:
// SKU, product code, prices, labels (sku priority 5, type 0, the rest 1) and HTML details.
import type { ProductLabel } from "@/lib/schemas/finerworks";
import type { Rng } from "./prng";
import { productRecord } from "./products";
import { mediaPath, type StoredProduct } from "./records";

/** The product of list_images.txt's example response, verbatim. */
export const EXAMPLE_PRODUCT: StoredProduct = productRecord({
  sku: "AP1556P79511",
  product_code: "5M41M9S8X10F131S13X15J2S9X11G1",
  per_item_price: 113.0,
  asking_price: 200.0,
  name: "Framed Giclee - Fine Art Paper Prints",
  description_short: "Giclee - Fine Art Paper Prints",
  description_long:
    '<h4>Framed Giclee - Fine Art Paper Prints</h4><ul>8 x 10" Archival Canvas Paper<ul><li>1/2" Extra Border Added</li></ul></li><li>Frame: Rustic Britanny<ul><li>Vermill Red 1-1/2" (354303)<ul><li>13 x 15"</li></ul></li></ul></li><li>Single Mat: Off White (A4902)<ul><li>13 x 15" (window: 9 x 11)</li></ul></li><li>Glazing (Acrylic Glass): Premium Clear </li></ul>',
  labels: [
    { key: "sku", value: "AP1556P79511", priority: 5 },
    { key: "type", value: "Framed Giclee - Fine Art Paper Prints", priority: 0 },
    { key: "media", value: '8 x 10" Archival Canvas Paper', priority: 1 },
    { key: "style", value: '1/2" Extra Border Added', priority: 1 },
    { key: "collection", value: "Rustic Britanny", priority: 1 },
    { key: "frame", value: '13 x 15 Vermill Red 1-1/2"', priority: 1 },
    { key: "base mat", value: "Off White", priority: 1 },
    { key: "glazing", value: "Premium Clear", priority: 1 },
  ],
  image_url_1: "https://somewhere.com/image.png",
  product_guid: "00000000-0000-0000-0000-000000000000",
});

interface ProductType {
  name: string;
  short: string;
  code: number;
  media: readonly string[];
  styles: readonly string[];
  framed: boolean;
  perSqIn: number;
  base: number;
}

const TYPES: readonly ProductType[] = [
  {
    name: "Framed Giclee - Fine Art Paper Prints",
    short: "Giclee - Fine Art Paper Prints",
    code: 5,
    media: [
      "Archival Canvas Paper",
      "Hahnemuhle Photo Rag",
      "Archival Matte Paper",
      "Epson Hot Press Bright",
    ],
    styles: ['1/2" Extra Border Added', "No Extra Border", '1" Extra Border Added'],
    framed: true,
    perSqIn: 0.22,
    base: 55,
  },
  {
    name: "Giclee - Fine Art Paper Prints",
    short: "Giclee - Fine Art Paper Prints",
    code: 1,
    media: ["Hahnemuhle Photo Rag", "Archival Matte Paper", "Canson Platine Fibre Rag"],
    styles: ['1/2" Extra Border Added', "No Extra Border"],
    framed: false,
    perSqIn: 0.09,
    base: 12,
  },
  {
    name: "Canvas Gallery Wrap",
    short: "Canvas Gallery Wrap",
    code: 2,
    media: ["Archival Matte Canvas", "Archival Satin Canvas"],
    styles: [
      '1.5" Gallery Wrap - Mirrored Edges',
      '1.5" Gallery Wrap - Black Edges',
      '0.75" Gallery Wrap - Image Wrap',
    ],
    framed: false,
    perSqIn: 0.16,
    base: 35,
  },
  {
    name: "Metal Print",
    short: "Metal Print",
    code: 7,
    media: ["HD Metal - Glossy White", "HD Metal - Satin White"],
    styles: ["Float Mount", "Easel Back"],
    framed: false,
    perSqIn: 0.2,
    base: 25,
  },
  {
    name: "Acrylic Print",
    short: "Acrylic Face Mount",
    code: 8,
    media: ['1/4" Acrylic Face Mount'],
    styles: ["Standoff Mount", "French Cleat"],
    framed: false,
    perSqIn: 0.28,
    base: 30,
  },
  {
    name: "Framed Canvas",
    short: "Canvas Floater Frame",
    code: 3,
    media: ["Archival Matte Canvas"],
    styles: ['1.5" Gallery Wrap - Image Wrap'],
    framed: true,
    perSqIn: 0.24,
    base: 70,
  },
];

const COLLECTIONS = [
  { collection: "Rustic Britanny", frame: 'Vermill Red 1-1/2"', code: "354303" },
  { collection: "Gallery Black", frame: 'Matte Black 1"', code: "GB1001" },
  { collection: "Natural Woods", frame: 'Maple 1-1/4"', code: "NW2210" },
  { collection: "Metro", frame: 'Brushed Silver 3/4"', code: "MT0750" },
  { collection: "Heritage", frame: 'Antique Gold 2"', code: "HG4420" },
];
const MATS = [
  { name: "Off White", code: "A4902" },
  { name: "Bright White", code: "A4887" },
  { name: "Black", code: "A4869" },
  { name: "Cream", code: "A4910" },
];
const GLAZING = ["Premium Clear", "Non-Glare Acrylic", "Museum Glass"];

const SIZES: Record<"portrait" | "landscape" | "square", readonly (readonly [number, number])[]> = {
  portrait: [
    [8, 10],
    [11, 14],
    [12, 18],
    [16, 20],
    [20, 30],
    [24, 36],
  ],
  landscape: [
    [10, 8],
    [14, 11],
    [18, 12],
    [20, 16],
    [30, 20],
    [36, 24],
  ],
  square: [
    [8, 8],
    [12, 12],
    [16, 16],
    [20, 20],
    [30, 30],
  ],
};

export function makeProducts(
  rng: Rng,
  image: { guid: string; pix_w: number; pix_h: number },
  count: number,
): StoredProduct[] {
  const shape =
    image.pix_w > image.pix_h * 1.1
      ? "landscape"
      : image.pix_h > image.pix_w * 1.1
        ? "portrait"
        : "square";
  return Array.from({ length: count }, () => makeProduct(rng, image.guid, rng.pick(SIZES[shape])));
}

export function makeProduct(
  rng: Rng,
  guid: string,
  [w, h]: readonly [number, number],
): StoredProduct {
  const type = rng.pick(TYPES);
  const media = `${w} x ${h}" ${rng.pick(type.media)}`;
  const style = rng.pick(type.styles);
  const sku = `AP${rng.int(1000, 9999)}P${rng.int(10000, 99999)}`;
  const labels: ProductLabel[] = [
    { key: "sku", value: sku, priority: 5 },
    { key: "type", value: type.name, priority: 0 },
    { key: "media", value: media, priority: 1 },
    { key: "style", value: style, priority: 1 },
  ];
  let code = `${type.code}M${rng.int(10, 60)}M${rng.int(1, 12)}S${w}X${h}`;
  let details = `<li>${media}<ul><li>${style}</li></ul></li>`;
  let price = type.base + type.perSqIn * w * h;
  if (type.framed) {
    const frame = rng.pick(COLLECTIONS);
    const border = style.startsWith("1/2") ? 1 : style.startsWith('1"') ? 2 : 0;
    const [ww, wh] = [w + border, h + border];
    const [fw, fh] = [ww + 4, wh + 4];
    labels.push(
      { key: "collection", value: frame.collection, priority: 1 },
      { key: "frame", value: `${fw} x ${fh} ${frame.frame}`, priority: 1 },
    );
    code += `F${rng.int(100, 400)}S${fw}X${fh}`;
    details += `<li>Frame: ${frame.collection}<ul><li>${frame.frame} (${frame.code})<ul><li>${fw} x ${fh}"</li></ul></li></ul></li>`;
    if (type.code === 5) {
      const mat = rng.pick(MATS);
      const glazing = rng.pick(GLAZING);
      labels.push(
        { key: "base mat", value: mat.name, priority: 1 },
        { key: "glazing", value: glazing, priority: 1 },
      );
      code += `J${rng.int(1, 9)}S${ww}X${wh}G${GLAZING.indexOf(glazing) + 1}`;
      details += `<li>Single Mat: ${mat.name} (${mat.code})<ul><li>${fw} x ${fh}" (window: ${ww} x ${wh})</li></ul></li><li>Glazing (Acrylic Glass): ${glazing}</li>`;
      price += 18;
    }
  }
  const perItem = Math.round(price * 100) / 100;
  return productRecord({
    sku,
    product_code: code,
    per_item_price: perItem,
    asking_price: Math.round((perItem * (1.6 + rng.next() * 0.8)) / 5) * 5,
    name: type.name,
    description_short: type.short,
    description_long: `<h4>${type.name}</h4><ul>${details}</ul>`,
    labels,
    image_url_1: mediaPath("preview", guid),
    product_guid: rng.guid(),
  });
}
