import os from "node:os";

/** Percentile of a sample (nearest-rank), in the sample's unit. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs `task` `total` times with `concurrency` in flight and returns each duration in ms. */
export async function timeConcurrent(
  total: number,
  concurrency: number,
  task: () => Promise<unknown>,
): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  async function worker() {
    while (next < total) {
      next++;
      const started = performance.now();
      await task();
      durations.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return durations;
}

export type BenchResults = Record<string, number | string>;

/**
 * A budget's verdict beside its number: `<key>.budget` is "met" or "not met", with the limit and
 * the machine's one-minute load average (other work on a shared machine moves the numbers).
 */
export function judge(
  results: BenchResults,
  key: string,
  limit: number,
  bound: "under" | "at most" = "under",
): void {
  const value = results[key];
  const met = typeof value === "number" && (bound === "under" ? value < limit : value <= limit);
  results[`${key}.budget`] =
    `${met ? "met" : "not met"} (${bound} ${limit}, load ${loadAverage()})`;
}

export function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(2);
}
