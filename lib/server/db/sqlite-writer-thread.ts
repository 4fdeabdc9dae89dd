import "server-only";
// A second SQLite connection in a worker thread, for a long run of big writes (a library scan).
// better-sqlite3 is synchronous: on the request thread every scan commit (a few hundred rows
// through ~10 indexes keyed by random GUIDs) stalled the event loop for 50-130 ms, and with it
// the scan's own next list_images calls and every other request. Here the thread waits instead.
// The SQL is still Kysely's (compiled on the caller's side); the thread only runs it, WAL letting
// the app's own connection read meanwhile.
import type { CompiledQuery } from "kysely";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** Runs statements in one transaction; false (and nothing kept) when the first changed no row. */
export interface GuardedWriter {
  runGuarded(statements: readonly CompiledQuery[]): Promise<boolean>;
  close(): Promise<void>;
}

interface WriteRequest {
  id: number;
  statements: { sql: string; parameters: readonly unknown[] }[];
}
type Reply =
  { id: number; kept: boolean } | { id: number; error: { message: string; code?: string } };

// Plain CommonJS evaluated in the thread, so the bundler has no second entry point to build;
// better-sqlite3 is required from the app's own node_modules (Next keeps it external).
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("node:module").createRequire(workerData.requireFrom)("better-sqlite3");
const db = new Database(workerData.file, { timeout: 10000 });
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
const prepared = new Map();
const statement = (sql) => {
  let found = prepared.get(sql);
  if (!found) {
    if (prepared.size >= 32) prepared.delete(prepared.keys().next().value);
    found = db.prepare(sql);
    prepared.set(sql, found);
  }
  return found;
};
const GUARD_FAILED = Symbol("guard");
const runAll = db.transaction((statements) => {
  statements.forEach(({ sql, parameters }, index) => {
    const { changes } = statement(sql).run(parameters);
    if (index === 0 && changes === 0) throw GUARD_FAILED;
  });
});
parentPort.on("message", ({ id, statements }) => {
  try {
    runAll.immediate(statements);
    parentPort.postMessage({ id, kept: true });
  } catch (error) {
    if (error === GUARD_FAILED) parentPort.postMessage({ id, kept: false });
    else parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

/** A writer thread on the SQLite file `file`; close() it when the run of writes is over. */
export function openSqliteWriterThread(file: string): GuardedWriter {
  const worker = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { file, requireFrom: join(process.cwd(), "package.json") },
    // A batch of statements is a few MB: a small young generation makes the thread collect
    // them as it goes instead of growing the app's memory by a heap of its own.
    resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 },
  });
  const pending = new Map<number, { resolve(kept: boolean): void; reject(error: Error): void }>();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiter of pending.values()) waiter.reject(failure);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiter) return;
    if ("error" in reply)
      waiter.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    else waiter.resolve(reply.kept);
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => failAll(new Error(`The store's writer thread stopped (${code}).`)));

  return {
    runGuarded(statements) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const request: WriteRequest = {
        id,
        statements: statements.map(({ sql, parameters }) => ({ sql, parameters })),
      };
      return new Promise<boolean>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    async close() {
      failure ??= new Error("The store's writer thread was closed.");
      await worker.terminate();
    },
  };
}
