// The aspect family an image belongs to, named the way labs and cameras name them. Either
// orientation belongs to the same family (6000 x 4000 and 4000 x 6000 are both 2:3).
import { hasPixels } from "./dpi";

/** [name, long side / short side]. 16:9 keeps the name screens give it. */
const FAMILIES: readonly (readonly [string, number])[] = [
  ["1:1", 1],
  ["2:3", 3 / 2],
  ["3:4", 4 / 3],
  ["4:5", 5 / 4],
  ["5:7", 7 / 5],
  ["11:14", 14 / 11],
  ["16:9", 16 / 9],
];

/** How far (relative) a ratio may be from a family's and still belong to it: 1%. */
const TOLERANCE = 0.01;
/** Reduced ratios with terms above this are shown as "1:2.35" instead of "47:110". */
const MAX_TERM = 50;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** "2:3", "16:9", a reduced "1:3", or "1:2.35"; null without pixels. */
export function aspectFamily(pix_w: number, pix_h: number): string | null {
  if (!hasPixels(pix_w, pix_h)) return null;
  const short = Math.min(pix_w, pix_h);
  const long = Math.max(pix_w, pix_h);
  const ratio = long / short;
  let best: { name: string; distance: number } | null = null;
  for (const [name, value] of FAMILIES) {
    const distance = Math.abs(ratio - value) / value;
    if (distance <= TOLERANCE && (!best || distance < best.distance)) best = { name, distance };
  }
  if (best) return best.name;
  if (Number.isInteger(short) && Number.isInteger(long)) {
    const d = gcd(long, short);
    if (long / d <= MAX_TERM) return `${short / d}:${long / d}`;
  }
  return `1:${ratio.toFixed(2)}`;
}
