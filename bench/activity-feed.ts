// GET /api/activity first page with 100,000 entries, on SQLite and on PostgreSQL (a throwaway
// server when installed, or BENCH_DATABASE_URL): p50 of the store's own work (query and shaping)
// and of the whole request through `next start`, unfiltered and with each indexed filter.
// Budget: server p50 under 30 ms on both engines.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database, NewActivity } from "@/lib/server/db/schema";
import { newId } from "@/lib/server/db/ids";
import { startThrowawayPostgres } from "../scripts/lib/test-services.mjs";
import { startAppStack } from "./lib/app-stack";
import { percentile, round, timeConcurrent } from "./lib/stats";

const ENTRIES = 100_000;
const SAMPLES = 150;
const IMAGES = 5_000;
const ACTORS = 40;

function migrate(url: string): void {
  const run = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/db-migrate.ts"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`db:migrate failed: ${run.stderr || run.stdout}`);
}

/** The store's own p50 (query and shaping, no HTTP) for each query, from a child process. */
function storeTimes(
  url: string,
  queries: Record<string, Record<string, string>>,
): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "bench/lib/activity-query.ts",
      url,
      JSON.stringify(queries),
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`store timing failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
}

const guidOf = (n: number) => `7b000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** 100,000 entries over the last 100 days: 5,000 images, 40 actors, every tenth in a batch. */
async function fill(db: Kysely<Database>): Promise<void> {
  const start = Date.now() - 100 * 86_400_000;
  const step = (100 * 86_400_000) / ENTRIES;
  let batch = "";
  for (let offset = 0; offset < ENTRIES; offset += 1_000) {
    const rows: NewActivity[] = [];
    for (let i = offset; i < offset + 1_000; i++) {
      const at = Math.round(start + i * step);
      if (i % 50 === 0) batch = newId(at);
      rows.push({
        id: newId(at),
        at,
        deadline_at: at + 16_000,
        completed_at: at + 300,
        actor_email: `user${i % ACTORS}@example.com`,
        actor_name: `User ${i % ACTORS}`,
        actor_role: "staff",
        action: i % 7 === 0 ? "image.add" : "image.update",
        image_guid: guidOf(i % IMAGES),
        image_title: `Image ${i % IMAGES}`,
        before_title: `Title ${i}`,
        before_description: "A description of a reasonable length for an artwork in the library.",
        after_title: `Title ${i + 1}`,
        after_description: "A description of a reasonable length for an artwork in the library!",
        outcome: "ok",
        reference_id: "0123456789abcdef0123456789abcdef",
        request_id: newId(at),
        batch_id: i % 10 < 5 ? batch : null,
        removed_products_count: i % 9 === 0 ? 3 : 0,
      });
    }
    await db.insertInto("activity").values(rows).execute();
  }
}

async function measure(engine: string, url: string, port: number): Promise<Record<string, number>> {
  migrate(url);
  const db = new Kysely<Database>({
    dialect: url.startsWith("file:")
      ? new SqliteDialect({ database: new SqliteDatabase(url.slice(5)) })
      : new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
  });
  const filling = performance.now();
  await fill(db);
  const fillSeconds = (performance.now() - filling) / 1000;
  const batch = await db
    .selectFrom("activity")
    .select("batch_id")
    .where("batch_id", "is not", null)
    .limit(1)
    .executeTakeFirstOrThrow();
  await db.destroy();

  const day = new Date(Date.now() - 50 * 86_400_000).toISOString().slice(0, 10);
  const queries: Record<string, Record<string, string>> = {
    first_page: {},
    image: { image: guidOf(1234) },
    actor: { actor: "user7@example.com" },
    batch: { batch: batch.batch_id! },
    one_day: { from: day, to: day },
    action: { action: "image.add" },
  };
  const result: Record<string, number> = { entries: ENTRIES, fill_s: round(fillSeconds, 1) };
  for (const [name, ms] of Object.entries(storeTimes(url, queries)))
    result[`store_${name}_p50_ms`] = ms;

  const stack = await startAppStack({ appPort: port, env: { DATABASE_URL: url } });
  try {
    for (const [name, query] of Object.entries(queries)) {
      const search = new URLSearchParams(query).toString();
      const get = async () => {
        const response = await fetch(`${stack.baseUrl}/api/activity?${search}`, {
          headers: { cookie: stack.cookie },
        });
        if (!response.ok) throw new Error(`${engine} ${name}: HTTP ${response.status}`);
        const body = (await response.json()) as { entries: unknown[] };
        if (body.entries.length === 0) throw new Error(`${engine} ${name}: no entries`);
      };
      await timeConcurrent(20, 1, get);
      const ms = await timeConcurrent(SAMPLES, 1, get);
      result[`http_${name}_p50_ms`] = round(percentile(ms, 50));
      if (name === "first_page") result.http_first_page_p95_ms = round(percentile(ms, 95));
    }
    return result;
  } finally {
    await stack.stop();
  }
}

export async function benchActivityFeed(): Promise<Record<string, number>> {
  rmSync("data/bench-activity", { recursive: true, force: true });
  const results: Record<string, number> = {};
  try {
    const sqlite = await measure("sqlite", "file:data/bench-activity/app.db", 3207);
    for (const [k, v] of Object.entries(sqlite)) results[`sqlite_${k}`] = v;
  } finally {
    rmSync("data/bench-activity", { recursive: true, force: true });
  }

  const given = process.env.BENCH_DATABASE_URL;
  const server = given ? undefined : await startThrowawayPostgres();
  const base = given ?? server?.url;
  if (!base) {
    console.warn("PostgreSQL part skipped: install postgresql or set BENCH_DATABASE_URL");
    return results;
  }
  try {
    const admin = new pg.Client(base);
    await admin.connect();
    const name = `bench_activity_${Date.now().toString(36)}`;
    await admin.query(`create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    try {
      const postgres = await measure("postgres", url.toString(), 3208);
      for (const [k, v] of Object.entries(postgres)) results[`postgres_${k}`] = v;
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } finally {
    server?.stop();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchActivityFeed(), null, 2));
}
