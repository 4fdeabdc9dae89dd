// Triage view counts (and a view's first page) at 100,000 snapshot images on SQLite: the p50
// and p95 of each count as GET /api/views runs it (lib/server/snapshot/view-counts.ts), and the grid's
// other snapshot reads (lib/server/snapshot/triage-queries.ts): the "Products" sort's pages and
// the search's file-name lookup, for a rare term and one most file names contain.
// Budget: under 150 ms server time each. Runs in a child with the react-server condition,
// where the server-only store modules load.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

export function benchTriageCounts(): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "bench/lib/triage-counts-child.ts"],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`triage bench failed: ${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(benchTriageCounts(), null, 2));
}
