// Throwaway PostgreSQL and Redis servers for the test suites: each on a free port, with its data
// in a temp folder, stopped and deleted after. Used by `npm test` (scripts/test-all.mjs, for
// vitest and Playwright) and by vitest run alone (test/harness/global-setup.ts). Missing binaries skip
// those suites with one line saying what to install; everything else still runs.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PG_USER = "postgres";

/** @returns {Promise<number>} a TCP port nobody listens on right now */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {string} name */
function onPath(name) {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** The folder of initdb/pg_ctl: Debian keeps them out of PATH, under /usr/lib/postgresql/<v>/bin. */
export function findPostgresBin() {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], "bin");
  }
  const initdb = onPath("initdb");
  return initdb && onPath("pg_ctl") ? initdb.replace(/\/initdb$/, "") : undefined;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * initdb refuses root: as root the server runs as the `postgres` user the Debian package creates.
 * @param {string} command
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function asPostgresUser(command, args) {
  return isRoot() ? ["runuser", ["-u", PG_USER, "--", command, ...args]] : [command, args];
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const [cmd, argv] = asPostgresUser(command, args);
  execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
}

/** @param {string} bin */
async function startPostgres(bin) {
  if (isRoot() && spawnSync("id", ["-u", PG_USER]).status !== 0)
    throw new Error(`running as root needs a "${PG_USER}" user to run PostgreSQL`);
  const dir = mkdtempSync(join(tmpdir(), "fw-test-pg-"));
  if (isRoot()) execFileSync("chown", [`${PG_USER}:`, dir]);
  else chmodSync(dir, 0o700);
  const data = join(dir, "data");
  const port = await freePort();
  run(join(bin, "initdb"), [
    "-D",
    data,
    "-A",
    "trust",
    "-U",
    PG_USER,
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  run(join(bin, "pg_ctl"), [
    "-D",
    data,
    "-o",
    options,
    "-l",
    join(dir, "server.log"),
    "-w",
    "start",
  ]);
  return {
    url: `postgres://${PG_USER}@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A throwaway PostgreSQL alone (benchmarks); undefined when it is not installed.
 * @returns {Promise<{ url: string, stop: () => void } | undefined>}
 */
export async function startThrowawayPostgres() {
  const bin = findPostgresBin();
  return bin ? startPostgres(bin) : undefined;
}

/** @param {string} binary */
async function startRedis(binary) {
  const port = await freePort();
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start: ${output}`)),
      10_000,
    );
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}): ${output}`));
    });
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
    },
  };
}

/**
 * Starts what is installed, except a service whose URL the environment already gives (your own
 * server). `env` holds TEST_DATABASE_URL / TEST_REDIS_URL for what runs; `skipped` is the one
 * line to print when something is missing (empty when nothing is).
 * @param {Record<string, string | undefined>} given
 * @returns {Promise<{ env: Record<string, string>, skipped: string, stop: () => void }>}
 */
export async function startTestServices(given = process.env) {
  /** @type {{ stop: () => void }[]} */
  const running = [];
  /** @type {Record<string, string>} */
  const env = {};
  /** @type {string[]} */
  const missing = [];
  /** @type {string[]} */
  const packages = [];
  const pgBin = findPostgresBin();
  if (given.TEST_DATABASE_URL) env.TEST_DATABASE_URL = given.TEST_DATABASE_URL;
  else if (!pgBin) {
    missing.push("PostgreSQL suites (no initdb/pg_ctl)");
    packages.push("postgresql");
  } else {
    try {
      const pg = await startPostgres(pgBin);
      running.push(pg);
      env.TEST_DATABASE_URL = pg.url;
    } catch (error) {
      missing.push(`PostgreSQL suites (${firstLine(error)})`);
    }
  }
  const redisBin = onPath("redis-server");
  if (given.TEST_REDIS_URL) env.TEST_REDIS_URL = given.TEST_REDIS_URL;
  else if (!redisBin) {
    missing.push("Redis suites (no redis-server)");
    packages.push("redis-server");
  } else {
    try {
      const redis = await startRedis(redisBin);
      running.push(redis);
      env.TEST_REDIS_URL = redis.url;
    } catch (error) {
      missing.push(`Redis suites (${firstLine(error)})`);
    }
  }
  const skipped =
    missing.length === 0
      ? ""
      : `[test-services] skipping ${missing.join(" and ")}: install with \`sudo apt-get install -y ${(packages.length > 0 ? packages : ["postgresql", "redis-server"]).join(" ")}\``;
  return {
    env,
    skipped,
    stop() {
      for (const service of running.reverse()) {
        try {
          service.stop();
        } catch (error) {
          console.error(`[test-services] stopping failed: ${firstLine(error)}`);
        }
      }
    },
  };
}

/** @param {unknown} error */
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}
