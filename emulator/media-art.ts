// Draws a stand-in artwork as SVG: a scene that loosely follows the title's subject, in
// colours derived from the guid, at the image's own aspect ratio. Deterministic per guid.
import { createRng, hashString, type Rng } from "./prng";

export interface ArtSpec {
  guid: string;
  title: string | null;
  pix_w: number | null;
  pix_h: number | null;
}

type Scene = "land" | "sea" | "abstract" | "portrait" | "botanical" | "city";

const SCENE_WORDS: [Scene, RegExp][] = [
  [
    "botanical",
    /peon|popp|magnolia|ranunc|foxglove|hydrang|anemon|sunflower|iris|camellia|tulip|dahlia|fern|botanical|flower|lemons|pears|figs/i,
  ],
  [
    "portrait",
    /portrait|the (cellist|fisherman|seamstress|beekeeper|dancer|potter|reader|gardener|old sailor)|eleanor|marguerite|tomas|amara|henrik|luisa|ines|kenji|odile|rafael|mira|jonah|my image/i,
  ],
  [
    "sea",
    /harbor|fjord|lighthouse|bay|cliffs|dunes|jetty|cove|breakwater|estuary|tide|boats|nazar|saint-malo|port isaac|cape ann/i,
  ],
  [
    "city",
    /rooftop|neon|tram|market|café|street|rue|via roma|calle|prinsengracht|skyline|at night|brooklyn|lisbon|prague|chicago|istanbul|havana/i,
  ],
  [
    "abstract",
    /composition|no\. |untitled|chromatic|fractured|layered|suspended|radiant|shifting|resonance|drift|lattice|echo|cadence|meridian|interval|threshold/i,
  ],
  ["land", /./],
];

export function artSize(spec: ArtSpec, longSide: number): { width: number; height: number } {
  const w = spec.pix_w && spec.pix_w > 0 ? spec.pix_w : 4;
  const h = spec.pix_h && spec.pix_h > 0 ? spec.pix_h : 3;
  return w >= h
    ? { width: longSide, height: Math.max(1, Math.round((longSide * h) / w)) }
    : { width: Math.max(1, Math.round((longSide * w) / h)), height: longSide };
}

export function artSvg(spec: ArtSpec, width: number, height: number): string {
  const rng = createRng(hashString(spec.guid));
  const scene = SCENE_WORDS.find(([, re]) => re.test(spec.title ?? ""))?.[0] ?? "land";
  const hue = rng.int(0, 359);
  const body = SCENES[scene](rng, width, height, hue);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

type Painter = (rng: Rng, w: number, h: number, hue: number) => string;

const SCENES: Record<Scene, Painter> = {
  land: (rng, w, h, hue) => {
    const horizon = h * (0.45 + rng.next() * 0.2);
    let hills = "";
    for (let i = 0; i < 3; i++) {
      const y = horizon + i * h * 0.12;
      hills += `<path d="M0 ${y} Q ${w * (0.2 + rng.next() * 0.3)} ${y - h * (0.08 + rng.next() * 0.12)} ${w * 0.55} ${y} T ${w} ${y - h * 0.04} V ${h} H 0 Z" fill="${hsl(hue + 90 + i * 12, 35, 42 - i * 10)}"/>`;
    }
    return sky(w, h, hue) + sun(rng, w, h, hue) + hills;
  },
  sea: (rng, w, h, hue) => {
    const horizon = h * (0.5 + rng.next() * 0.15);
    const water = `<defs><linearGradient id="w" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(190 + (hue % 40), 45, 45)}"/><stop offset="1" stop-color="${hsl(205 + (hue % 40), 55, 18)}"/></linearGradient></defs><rect y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#w)"/>`;
    let waves = "";
    for (let i = 0; i < 6; i++) {
      const y = horizon + (h - horizon) * (0.15 + i * 0.14);
      waves += `<path d="M0 ${y} Q ${w * 0.25} ${y - 6} ${w * 0.5} ${y} T ${w} ${y}" stroke="${hsl(195, 40, 75)}" stroke-opacity="0.35" stroke-width="${Math.max(1, h / 250)}" fill="none"/>`;
    }
    const lx = w * (0.15 + rng.next() * 0.7);
    const lighthouse = `<rect x="${lx}" y="${horizon - h * 0.18}" width="${w * 0.018}" height="${h * 0.18}" fill="${hsl(hue, 20, 90)}"/>`;
    return sky(w, h, hue) + sun(rng, w, h, hue) + water + waves + lighthouse;
  },
  abstract: (rng, w, h, hue) => {
    let shapes = `<rect width="${w}" height="${h}" fill="${hsl(hue, 30, 88)}"/>`;
    for (let i = 0; i < 9; i++) {
      const colour = hsl(
        hue + rng.pick([0, 30, 150, 180, 210]),
        55 + rng.int(0, 30),
        30 + rng.int(0, 40),
      );
      const x = rng.next() * w;
      const y = rng.next() * h;
      const s = (0.1 + rng.next() * 0.35) * Math.min(w, h);
      shapes += rng.chance(0.5)
        ? `<circle cx="${x}" cy="${y}" r="${s / 2}" fill="${colour}" fill-opacity="0.75"/>`
        : `<rect x="${x - s / 2}" y="${y - s / 2}" width="${s}" height="${s * (0.4 + rng.next())}" fill="${colour}" fill-opacity="0.7" transform="rotate(${rng.int(-30, 30)} ${x} ${y})"/>`;
    }
    return (
      shapes +
      `<line x1="0" y1="${h * rng.next()}" x2="${w}" y2="${h * rng.next()}" stroke="${hsl(hue + 180, 70, 30)}" stroke-width="${Math.max(2, w / 120)}"/>`
    );
  },
  portrait: (rng, w, h, hue) => {
    const cx = w * (0.42 + rng.next() * 0.16);
    const unit = Math.min(w, h);
    return (
      `<defs><radialGradient id="bg" cx="0.4" cy="0.35" r="0.8"><stop offset="0" stop-color="${hsl(hue, 35, 70)}"/><stop offset="1" stop-color="${hsl(hue + 20, 40, 22)}"/></radialGradient></defs>` +
      `<rect width="${w}" height="${h}" fill="url(#bg)"/>` +
      `<ellipse cx="${cx}" cy="${h * 1.02}" rx="${unit * 0.42}" ry="${h * 0.36}" fill="${hsl(hue + 200, 30, 20)}"/>` +
      `<rect x="${cx - unit * 0.07}" y="${h * 0.52}" width="${unit * 0.14}" height="${h * 0.16}" fill="${hsl(25, 35, 55)}"/>` +
      `<ellipse cx="${cx}" cy="${h * 0.42}" rx="${unit * 0.16}" ry="${unit * 0.21}" fill="${hsl(25, 40, 62)}"/>` +
      `<path d="M ${cx - unit * 0.17} ${h * 0.4} Q ${cx} ${h * 0.42 - unit * 0.34} ${cx + unit * 0.17} ${h * 0.4} Q ${cx + unit * 0.1} ${h * 0.42 - unit * 0.16} ${cx - unit * 0.17} ${h * 0.4} Z" fill="${hsl(hue + 30, 40, 18)}"/>`
    );
  },
  botanical: (rng, w, h, hue) => {
    let art = `<rect width="${w}" height="${h}" fill="${hsl(hue + 40, 30, 92)}"/>`;
    const flowers = rng.int(3, 6);
    for (let f = 0; f < flowers; f++) {
      const x = w * (0.15 + rng.next() * 0.7);
      const y = h * (0.15 + rng.next() * 0.45);
      const r = Math.min(w, h) * (0.05 + rng.next() * 0.06);
      art += `<path d="M ${x} ${y} Q ${x + r * 2} ${(y + h) / 2} ${w / 2} ${h}" stroke="${hsl(110, 35, 35)}" stroke-width="${Math.max(2, r / 6)}" fill="none"/>`;
      const petals = rng.int(5, 8);
      const colour = hsl(hue + rng.int(-20, 20), 65, 55);
      for (let p = 0; p < petals; p++) {
        art += `<ellipse cx="${x}" cy="${y - r}" rx="${r * 0.45}" ry="${r}" fill="${colour}" fill-opacity="0.85" transform="rotate(${(360 / petals) * p} ${x} ${y})"/>`;
      }
      art += `<circle cx="${x}" cy="${y}" r="${r * 0.35}" fill="${hsl(45, 80, 45)}"/>`;
    }
    return art;
  },
  city: (rng, w, h, hue) => {
    let art = `<defs><linearGradient id="n" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue + 230, 50, 12)}"/><stop offset="1" stop-color="${hsl(hue + 280, 40, 35)}"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#n)"/>`;
    let x = 0;
    while (x < w) {
      const bw = w * (0.05 + rng.next() * 0.09);
      const bh = h * (0.25 + rng.next() * 0.5);
      art += `<rect x="${x}" y="${h - bh}" width="${bw}" height="${bh}" fill="${hsl(hue + 230, 25, 8 + rng.int(0, 12))}"/>`;
      for (let i = 0; i < 6; i++) {
        art += `<rect x="${x + bw * (0.15 + rng.next() * 0.6)}" y="${h - bh * (0.1 + rng.next() * 0.85)}" width="${bw * 0.12}" height="${bw * 0.15}" fill="${hsl(45, 90, 65)}" fill-opacity="0.8"/>`;
      }
      x += bw + w * 0.005;
    }
    return art;
  },
};

function sky(w: number, h: number, hue: number): string {
  return `<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue + 200, 50, 55)}"/><stop offset="1" stop-color="${hsl(hue + 30, 70, 80)}"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#s)"/>`;
}

function sun(rng: Rng, w: number, h: number, hue: number): string {
  const r = Math.min(w, h) * (0.06 + rng.next() * 0.06);
  return `<circle cx="${w * (0.15 + rng.next() * 0.7)}" cy="${h * (0.15 + rng.next() * 0.2)}" r="${r}" fill="${hsl(hue + 40, 90, 88)}" fill-opacity="0.9"/>`;
}

/** librsvg understands hex everywhere; hsl() support varies by version. */
function hsl(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360;
  const sat = s / 100;
  const light = Math.max(0, Math.min(100, l)) / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = sat * Math.min(light, 1 - light);
  const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}
