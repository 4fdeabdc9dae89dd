// What the write-ahead history costs an edit: PATCH /api/images p50 with recording on (SQLite)
// and off (HISTORY_RECORDING=false), two servers on one emulator, requests interleaved in one
// run. Budget: at most +3 ms at p50.
import { rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { startEmulator } from "@/emulator/server";
import { startAppStack, type AppStack } from "./lib/app-stack";
import { percentile, round } from "./lib/stats";

const ROUNDS = 6;
const PER_ROUND = 40;

interface Text {
  guid: string;
  title: string | null;
  description: string | null;
}

/** Edits `image` once as the UI does (with `expected`), returning the request's duration. */
async function timedEdit(stack: AppStack, image: Text, n: number): Promise<number> {
  const title = `Bench ${n}`;
  const started = performance.now();
  const response = await fetch(`${stack.baseUrl}/api/images`, {
    method: "PATCH",
    headers: { cookie: stack.cookie, "content-type": "application/json" },
    body: JSON.stringify({
      images: [
        {
          guid: image.guid,
          title,
          expected: { title: image.title, description: image.description },
        },
      ],
    }),
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`PATCH answered ${response.status}`);
  image.title = title;
  image.description ??= "";
  return ms;
}

export async function benchHistoryRecording(): Promise<Record<string, number>> {
  rmSync("data/bench", { recursive: true, force: true });
  const emulator = await startEmulator({ port: 0 });
  const on = await startAppStack({ appPort: 3205, emulator });
  const off = await startAppStack({ appPort: 3206, emulator, env: { HISTORY_RECORDING: "false" } });
  try {
    // Temporary-library images: no products, so every edit does the same upstream work.
    const listed = await fetch(`${on.baseUrl}/api/images?library=temporary&per_page=2`, {
      headers: { cookie: on.cookie },
    });
    const [a, b] = ((await listed.json()) as { images: Text[] }).images;
    if (!a || !b) throw new Error("the emulator has fewer than 2 temporary images");
    for (let i = 0; i < 20; i++) {
      await timedEdit(on, a, i);
      await timedEdit(off, b, i);
    }
    const onMs: number[] = [];
    const offMs: number[] = [];
    let n = 100;
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < PER_ROUND; i++) {
        // Alternate which goes first, so neither always runs on a warmer machine.
        if ((r + i) % 2 === 0) {
          onMs.push(await timedEdit(on, a, n++));
          offMs.push(await timedEdit(off, b, n++));
        } else {
          offMs.push(await timedEdit(off, b, n++));
          onMs.push(await timedEdit(on, a, n++));
        }
      }
    }
    const p50On = percentile(onMs, 50);
    const p50Off = percentile(offMs, 50);
    // Each pair ran back to back: the median of their differences shrugs off load drift.
    const paired = onMs.map((ms, i) => ms - offMs[i]!);
    return {
      edits_each: onMs.length,
      recording_on_p50_ms: round(p50On),
      recording_off_p50_ms: round(p50Off),
      recording_cost_p50_ms: round(p50On - p50Off),
      paired_cost_p50_ms: round(percentile(paired, 50)),
      recording_on_p95_ms: round(percentile(onMs, 95)),
      recording_off_p95_ms: round(percentile(offMs, 95)),
    };
  } finally {
    await on.stop();
    await off.stop();
    await emulator.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchHistoryRecording(), null, 2));
}
