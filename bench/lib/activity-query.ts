// Run by bench/activity-feed.ts in a child process (server-only modules need the react-server
// condition): the store's own time for first pages of /api/activity, query and shaping, without
// HTTP. Prints { name: p50_ms } as JSON. Usage: activity-query.ts <DATABASE_URL> <filters JSON>
import { activityQuerySchema } from "@/lib/schemas/activity";
import { databaseConfig } from "@/lib/env/server-schema.mjs";
import { listActivity } from "@/lib/server/history/queries";
import { openStore } from "@/lib/server/db/connection";
import { toActivityEntry } from "@/lib/server/history/list-activity";
import { percentile, round } from "./stats";

const [url, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson ?? "{}") as Record<string, Record<string, string>>;
const store = openStore(databaseConfig(url));
const result: Record<string, number> = {};
for (const [name, raw] of Object.entries(queries)) {
  const query = activityQuerySchema.parse(raw);
  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    const started = performance.now();
    const rows = await listActivity(store.db, query, query.limit + 1);
    JSON.stringify(rows.slice(0, query.limit).map((r) => toActivityEntry(r)));
    if (i >= 20) times.push(performance.now() - started);
  }
  result[name] = round(percentile(times, 50));
}
await store.close();
console.log(JSON.stringify(result));
