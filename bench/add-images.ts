// Adding 50 images through POST /api/images against the emulator with 300 ms injected on every
// add_images call: 10 calls of 5, two at a time, beside the serial lower bound (10 x 300 ms).
import { pathToFileURL } from "node:url";
import { startAppStack } from "./lib/app-stack";
import { median, round } from "./lib/stats";

const IMAGES = 50;
const LATENCY_MS = 300;
const RUNS = 5;

export async function benchAddImages(): Promise<Record<string, number>> {
  const stack = await startAppStack({ appPort: 3205 });
  try {
    stack.emulator.setFault({ endpoint: "add_images", kind: "latency", latency_ms: LATENCY_MS });
    const media = `${stack.emulator.origin}/media`;
    const add = async (run: number) => {
      const images = Array.from({ length: IMAGES }, (_, i) => ({
        title: `Bench ${run}-${i}`,
        file_name: `bench-${run}-${i}.jpg`,
        file_size: 1_234_567,
        pix_w: 3000,
        pix_h: 2000,
        private_hires_uri: `${media}/bench/${run}-${i}.jpg`,
        public_preview_uri: `${media}/bench/${run}-${i}-preview.jpg`,
        public_thumbnail_uri: `${media}/bench/${run}-${i}-thumb.jpg`,
      }));
      stack.emulator.clearRequests();
      const started = performance.now();
      const response = await fetch(`${stack.baseUrl}/api/images`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: stack.cookie },
        body: JSON.stringify({ images }),
      });
      const wall = performance.now() - started;
      if (response.status !== 201)
        throw new Error(`POST /api/images answered ${response.status}: ${await response.text()}`);
      const calls = stack.emulator.requests().filter((r) => r.endpoint === "add_images").length;
      return { wall, calls };
    };

    await add(-1); // warm-up: route compilation, first FinerWorks client
    const walls: number[] = [];
    let calls = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await add(run);
      walls.push(result.wall);
      calls = result.calls;
    }
    const serialBound = (IMAGES / 5) * LATENCY_MS;
    return {
      images: IMAGES,
      add_images_calls: calls,
      injected_latency_ms: LATENCY_MS,
      serial_lower_bound_ms: serialBound,
      wall_median_ms: round(median(walls)),
      wall_min_ms: round(Math.min(...walls)),
      wall_max_ms: round(Math.max(...walls)),
      ratio_to_serial_bound: round(median(walls) / serialBound),
    };
  } finally {
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchAddImages(), null, 2));
}
