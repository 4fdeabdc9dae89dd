// Word pools for the demo seed: artwork titles and descriptions that read like a real
// artist's library, grouped by subject so media and gallery fields can follow the subject.
import type { Rng } from "./prng";

export const CATEGORIES = [
  "landscape",
  "seascape",
  "abstract",
  "portrait",
  "botanical",
  "cityscape",
  "wildlife",
  "still life",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Relative frequency of each subject in the library. */
export const CATEGORY_WEIGHTS: Record<Category, number> = {
  landscape: 22,
  seascape: 14,
  abstract: 16,
  portrait: 12,
  botanical: 14,
  cityscape: 10,
  wildlife: 7,
  "still life": 5,
};

export const GALLERY_CATEGORY: Record<Category, string> = {
  landscape: "Landscapes",
  seascape: "Seascapes",
  abstract: "Abstract",
  portrait: "Portraits",
  botanical: "Botanicals",
  cityscape: "Cityscapes",
  wildlife: "Wildlife",
  "still life": "Still Life",
};

export const GALLERY_TITLES = [
  "Coastal Series",
  "Studio Works",
  "Field Notes",
  "Night Walks",
  "Botanical Plates",
  "Open Studio 2024",
];

const COLORS = [
  "Ochre",
  "Teal",
  "Cobalt",
  "Crimson",
  "Umber",
  "Sage",
  "Indigo",
  "Vermilion",
  "Saffron",
  "Slate",
  "Rose",
  "Viridian",
];
const FLOWERS = [
  "Peonies",
  "Wild Poppies",
  "Magnolias",
  "Ranunculus",
  "Foxgloves",
  "Hydrangeas",
  "Anemones",
  "Sunflowers",
  "Irises",
  "Camellias",
  "Tulips",
  "Dahlias",
];
const NAMES = [
  "Eleanor",
  "Marguerite",
  "Tomas",
  "Amara",
  "Henrik",
  "Luisa",
  "Ines",
  "Kenji",
  "Odile",
  "Rafael",
  "Mira",
  "Jonah",
];
const CITIES = [
  "Brooklyn",
  "Lisbon",
  "Shinjuku",
  "Montmartre",
  "Havana",
  "Prague",
  "Chicago",
  "Istanbul",
  "Valparaíso",
];

type TitleMaker = (rng: Rng) => string;

const TITLES: Record<Category, TitleMaker[]> = {
  landscape: [
    (r) =>
      `${r.pick(["Misty", "Golden", "Quiet", "Winter", "Autumn", "Evening", "Sunlit", "Frosted", "Hazy", "Amber"])} ${r.pick(
        [
          "Wheatfield",
          "Ridge",
          "Valley",
          "Meadow",
          "Pine Forest",
          "Lavender Field",
          "Canyon",
          "Glacier",
          "Orchard",
          "Moorland",
          "Birch Grove",
          "Vineyard",
          "Prairie",
        ],
      )} ${r.pick(["at Dawn", "at Dusk", "in Fog", "after Rain", "under Snow", "in October", "at First Light", "in Late Summer"])}`,
    (r) =>
      `${r.pick(["The Long Road to", "Clouds over", "Light on", "Path through"])} ${r.pick(["Glencoe", "the Dolomites", "Big Sur", "Tuscany", "the Palouse", "Skye", "Patagonia", "the High Desert"])}`,
  ],
  seascape: [
    (r) =>
      `${r.pick(["Misty", "Calm", "Silver", "Windswept", "Moonlit", "Grey"])} ${r.pick(["Harbor", "Fjord", "Lighthouse", "Bay", "Cliffs", "Dunes", "Jetty", "Cove", "Breakwater", "Estuary"])} ${r.pick(["at Dawn", "at Dusk", "in Fog", "in Winter", "at Low Tide"])}`,
    (r) =>
      `${r.pick(["Storm over", "Blue Hour at", "Low Tide at", "Boats at"])} ${r.pick(["the Harbor", "Saint-Malo", "Port Isaac", "Cape Ann", "the Point", "Nazaré"])}`,
  ],
  abstract: [
    (r) => {
      const first = r.pick(COLORS);
      return `Composition in ${first} and ${r.pick(COLORS.filter((c) => c !== first))}`;
    },
    (r) =>
      `${r.pick(["Resonance", "Drift", "Fracture", "Interval", "Tide", "Lattice", "Echo", "Threshold", "Cadence", "Meridian"])} No. ${r.int(2, 48)}`,
    (r) =>
      `${r.pick(["Chromatic", "Fractured", "Quiet", "Layered", "Suspended", "Radiant", "Shifting"])} ${r.pick(["Field", "Light", "Geometry", "Current", "Signal", "Horizon"])}`,
    (r) => `Untitled (${r.pick(COLORS)} ${r.int(1, 9)})`,
  ],
  portrait: [
    (r) => `Portrait of ${r.pick(NAMES)}`,
    (r) => `${r.pick(NAMES)} in ${r.pick(COLORS)}`,
    (r) =>
      `The ${r.pick(["Cellist", "Fisherman", "Seamstress", "Beekeeper", "Dancer", "Potter", "Reader", "Gardener", "Old Sailor"])}`,
    (r) =>
      `${r.pick(NAMES)}, ${r.pick(["Lisbon", "Kyoto", "Marseille", "Oaxaca", "Galway", "Bergen"])}`,
    (r) => `Self-Portrait with ${r.pick(["Hat", "Red Scarf", "Mirror", "Paintbrush", "Cat"])}`,
  ],
  botanical: [
    (r) =>
      `${r.pick(FLOWERS)} in a ${r.pick(["Glass Jar", "Blue Vase", "Copper Pitcher", "Stoneware Jug"])}`,
    (r) => `Study of ${r.pick(FLOWERS)}`,
    (r) =>
      `Botanical Plate: ${r.pick(["Echinacea purpurea", "Papaver rhoeas", "Magnolia stellata", "Digitalis purpurea", "Iris germanica", "Helianthus annuus", "Paeonia lactiflora"])}`,
    (r) => `Fern Study No. ${r.int(1, 24)}`,
    (r) => `${r.pick(FLOWERS)} at ${r.pick(["Noon", "Twilight", "the Window"])}`,
  ],
  cityscape: [
    (r) =>
      `Rainy Evening on ${r.pick(["Rue Cler", "Via Roma", "Canal Street", "Calle Mayor", "Prinsengracht"])}`,
    (r) =>
      `${r.pick(CITIES)} ${r.pick(["Rooftops", "at Night", "in the Rain", "Skyline", "Side Street"])}`,
    (r) =>
      `${r.pick(["Neon Alley", "Morning Market", "Tram Lines", "Corner Café"])}, ${r.pick(CITIES)}`,
  ],
  wildlife: [
    (r) =>
      `${r.pick(["Heron", "Red Fox", "Barn Owl", "Hare", "Kingfisher", "Bison", "Snow Leopard", "Hummingbird", "Elk", "Otter"])} ${r.pick(["in Reeds", "in Snow", "at Dusk", "in the Meadow", "on the Riverbank", "in Flight"])}`,
  ],
  "still life": [
    (r) =>
      `Still Life with ${r.pick(["Lemons", "Pears", "Figs", "Oysters", "Quinces"])} and ${r.pick(["a Copper Pot", "a Blue Teapot", "Bread", "a Wine Glass", "Pomegranates"])}`,
    (r) =>
      `${r.pick(["Lemons", "Pears", "Figs", "Cherries", "Onions"])} on a ${r.pick(["Linen Cloth", "Windowsill", "Marble Slab", "Wooden Board"])}`,
  ],
};

const MEDIUMS = [
  "Original oil on linen, photographed in high resolution for giclee reproduction.",
  "Watercolor on cold-press paper, scanned at 600 dpi.",
  "Digital painting, finished at full print resolution.",
  "Medium-format film photograph, drum scanned.",
  "Acrylic and gouache on panel.",
  "Charcoal and pastel on toned paper.",
  "Archival pigment photograph from a full-frame capture.",
  "Mixed media on cradled birch panel.",
];

const SUBJECT_LINES: Record<Category, string[]> = {
  landscape: [
    "Soft light moves across the fields as the weather turns.",
    "Painted on location over three mornings, chasing the same light.",
    "Layers of ridgelines fade into haze toward the horizon.",
    "A quiet scene from a long walk, kept deliberately simple.",
  ],
  seascape: [
    "Fog rolls over the water while the boats wait for the tide.",
    "The sea and sky almost meet in a band of silver light.",
    "Wind, spray and a lighthouse holding its ground.",
  ],
  abstract: [
    "Built up in thin glazes, then scraped back to reveal earlier layers.",
    "An exploration of rhythm, edges and restrained colour.",
    "Part of an ongoing series about memory and repetition.",
    "Bold fields of colour balanced against a single line.",
  ],
  portrait: [
    "Painted from life over several sittings.",
    "A study of expression and the warmth of afternoon light.",
    "The sitter is a friend of the artist; the background was left unfinished on purpose.",
  ],
  botanical: [
    "Observed closely from specimens in the studio garden.",
    "Loose, fresh brushwork with careful attention to petal edges.",
    "In the tradition of nineteenth-century botanical plates.",
  ],
  cityscape: [
    "Reflections of street lights shimmer across wet pavement.",
    "Early morning, before the city wakes up.",
    "Sketched on site, finished in the studio.",
  ],
  wildlife: [
    "Photographed from a hide after a long, cold wait.",
    "A brief moment of stillness before it disappeared into the brush.",
  ],
  "still life": [
    "Arranged under a single north-facing window.",
    "A small study in texture, reflection and shadow.",
  ],
};

const NOTES = [
  "Signed limited edition of 50.",
  "Colour-corrected for fine art paper.",
  "Available in large formats.",
  "",
  "",
  "",
];

export function makeTitle(rng: Rng, category: Category): string {
  return rng.pick(TITLES[category])(rng);
}

export function makeDescription(rng: Rng, category: Category): string | null {
  if (rng.chance(0.05)) return null;
  return [rng.pick(MEDIUMS), rng.pick(SUBJECT_LINES[category]), rng.pick(NOTES)]
    .filter(Boolean)
    .join(" ");
}

export function pickCategory(rng: Rng): Category {
  const total = CATEGORIES.reduce((sum, c) => sum + CATEGORY_WEIGHTS[c], 0);
  let roll = rng.next() * total;
  for (const category of CATEGORIES) {
    roll -= CATEGORY_WEIGHTS[category];
    if (roll < 0) return category;
  }
  return "abstract";
}

export type Orientation = "landscape" | "portrait" | "square" | "panorama";

export const DIMENSIONS: Record<Orientation, readonly (readonly [number, number])[]> = {
  landscape: [
    [6000, 4000],
    [7200, 4800],
    [5400, 3600],
    [4500, 3000],
    [8256, 5504],
    [6720, 4480],
  ],
  portrait: [
    [3000, 4500],
    [4000, 6000],
    [3600, 4800],
    [2400, 3600],
    [4480, 6720],
    [3300, 4400],
  ],
  square: [
    [5000, 5000],
    [4000, 4000],
    [3000, 3000],
    [6000, 6000],
  ],
  panorama: [
    [9000, 3000],
    [12000, 4000],
  ],
};

/** Which orientations each subject tends to come in. */
export const ORIENTATIONS: Record<Category, readonly Orientation[]> = {
  landscape: ["landscape", "landscape", "landscape", "panorama", "square"],
  seascape: ["landscape", "landscape", "panorama", "square"],
  abstract: ["square", "portrait", "landscape"],
  portrait: ["portrait", "portrait", "portrait", "square"],
  botanical: ["portrait", "portrait", "square"],
  cityscape: ["landscape", "portrait", "panorama"],
  wildlife: ["landscape", "portrait"],
  "still life": ["landscape", "square", "portrait"],
};
