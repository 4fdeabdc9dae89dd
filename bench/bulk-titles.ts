// 200 titles saved with 300 ms injected on every update_images call: one bulk PATCH of 200
// (calls of 25, two at a time) against 200 single-image PATCHes sent one after another, as an
// inline editor would. Budget: the bulk wall time at most 0.1x the sequential one.
import { pathToFileURL } from "node:url";
import { startAppStack, type AppStack } from "./lib/app-stack";
import { round } from "./lib/stats";

const IMAGES = 200;
const LATENCY_MS = 300;

interface Row {
  guid: string;
  title: string;
  description: string;
}

/** The first IMAGES images of both libraries (the seed splits about 200 between them). */
async function library(stack: AppStack): Promise<Row[]> {
  const rows: Row[] = [];
  for (const name of ["inventory", "temporary"]) {
    for (let page = 1; rows.length < IMAGES; page++) {
      const response = await fetch(
        `${stack.baseUrl}/api/images?library=${name}&per_page=50&page=${page}&products=false`,
        { headers: { cookie: stack.cookie } },
      );
      const body = (await response.json()) as { images: Row[] };
      rows.push(...body.images);
      if (body.images.length < 50) break;
    }
  }
  if (rows.length < IMAGES) throw new Error(`the emulator has fewer than ${IMAGES} images`);
  return rows.slice(0, IMAGES);
}

async function patch(stack: AppStack, rows: readonly Row[], label: string): Promise<void> {
  const images = rows.map((row) => ({
    guid: row.guid,
    title: `${label} ${row.title}`.slice(0, 200),
    expected: { title: row.title, description: row.description },
  }));
  const response = await fetch(`${stack.baseUrl}/api/images`, {
    method: "PATCH",
    headers: { "content-type": "application/json", cookie: stack.cookie },
    body: JSON.stringify({ images }),
  });
  if (response.status !== 200)
    throw new Error(`PATCH /api/images answered ${response.status}: ${await response.text()}`);
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function benchBulkTitles(): Promise<Record<string, number>> {
  const stack = await startAppStack({ appPort: Number(process.env.BENCH_APP_PORT ?? 3212) });
  try {
    const rows = await library(stack);
    await patch(stack, rows.slice(0, 1), "Warm-up"); // route compilation, first client
    stack.emulator.reset();
    stack.emulator.setFault({ endpoint: "update_images", kind: "latency", latency_ms: LATENCY_MS });

    stack.emulator.clearRequests();
    const bulk = await timed(() => patch(stack, rows, "Bulk"));
    const bulkCalls = stack.emulator.requests().filter((r) => r.endpoint === "update_images");

    stack.emulator.reset();
    const single = await timed(async () => {
      for (const row of rows) await patch(stack, [row], "Single");
    });
    return {
      images: IMAGES,
      injected_latency_ms: LATENCY_MS,
      bulk_update_images_calls: bulkCalls.length,
      bulk_wall_ms: round(bulk),
      single_sequential_wall_ms: round(single),
      ratio_bulk_to_single: round(bulk / single, 3),
      budget_ratio: 0.1,
    };
  } finally {
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchBulkTitles(), null, 2));
}
