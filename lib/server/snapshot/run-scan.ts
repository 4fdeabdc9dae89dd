import "server-only";
// One scan of the inventory library into the store: list_images sorted by id, 50 images a
// page, at most 3 calls in flight. Page 1 says how many pages there are; pages 2 and 3 are asked
// for beside it. Fetched pages queue for one writer, which writes what has queued (rows and
// progress) in one transaction at most every WRITE_EVERY_MS or WRITE_BATCH_PAGES pages: every
// commit rewrites the snapshot's index pages it touched, so 2,000 one-page commits cost several
// times the inserts themselves. On SQLite those transactions run in a thread of their own (see
// sqlite-writer-thread.ts), so the next calls go out while a commit is written: a 10,000-image
// scan at 100 ms a call took ~8.5 s with the writes on the event loop and ~7.5 s beside it. A page
// that fails is tried again; a scan that fails or is cancelled leaves the snapshot as it was.
import type { Kysely } from "kysely";
import type { FinerWorksClient } from "@/lib/server/finerworks/client";
import { isFinerWorksError } from "@/lib/server/finerworks/errors";
import type { ListImagesResponse } from "@/lib/schemas/finerworks";
import { toAppError } from "@/lib/server/errors/to-app-error";
import {
  deleteStaleRows,
  endScan,
  finishScan,
  setPagesTotal,
  type ScanFailure,
} from "@/lib/server/snapshot/scan-queries";
import { runGuarded, scanPageStatements } from "@/lib/server/snapshot/scan-page-writes";
import type { Database } from "@/lib/server/db/schema";
import { openSqliteWriterThread, type GuardedWriter } from "@/lib/server/db/sqlite-writer-thread";
import { log } from "@/lib/server/log";
import { snapshotRows } from "./snapshot-rows";

export const SCAN_PER_PAGE = 50;
export const SCAN_CONCURRENCY = 3;
/** A running scan renews this with every page; past it, another instance may start one. */
export const SCAN_LEASE_MS = 60_000;
/** A write waits for this many pages, or this long since the last one (the live progress). */
export const WRITE_BATCH_PAGES = 20;
export const WRITE_EVERY_MS = 250;
/**
 * Fetched pages waiting for the writer beyond this hold the fetchers back (memory stays flat: a
 * 100,000-image scan grew the app by ~245 MB at 20, ~290 MB at 60).
 */
const MAX_QUEUED_PAGES = 20;
const PAGE_ATTEMPTS = 3;
const PAGE_RETRY_MS = 500;

export interface ScanJob {
  db: Kysely<Database>;
  client: FinerWorksClient;
  scanId: string;
  thinMarginPercent: number;
  signal: AbortSignal;
  /** The store's SQLite file: the pages are then written from a thread of their own. */
  sqliteFile?: string;
}

class ScanStopped extends Error {}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

async function fetchPage(job: ScanJob, page: number): Promise<ListImagesResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await job.client.listImages(
        {
          library: "inventory",
          page_number: page,
          per_page: SCAN_PER_PAGE,
          sort_field: "id",
          sort_direction: "ASC",
          list_products: true,
        },
        job.signal,
      );
    } catch (error) {
      if (job.signal.aborted) throw new ScanStopped();
      const retryable = isFinerWorksError(error) && error.retryable;
      if (!retryable || attempt >= PAGE_ATTEMPTS) throw error;
      log("warn", "products.scan_page_retry", { scan: job.scanId, page, attempt });
      await sleep(PAGE_RETRY_MS * attempt, job.signal);
    }
  }
}

/** Writes queued pages as they come; throws ScanStopped when the scan was cancelled. */
class PageWriter {
  private queue: ListImagesResponse[] = [];
  private lastWrite = performance.now();
  private wake: () => void = () => undefined;
  private waiting: (() => void)[] = [];
  private closed = false;
  private readonly store: GuardedWriter;
  readonly done: Promise<void>;

  constructor(private readonly job: ScanJob) {
    const { db, sqliteFile } = job;
    this.store = sqliteFile
      ? openSqliteWriterThread(sqliteFile)
      : { runGuarded: (statements) => runGuarded(db, statements), close: () => Promise.resolve() };
    this.done = this.run();
    // An unhandled rejection must not escape before the fetchers wait for it.
    this.done.catch(() => undefined);
  }

  /** Queues a page; resolves when there is room for another one. */
  async add(answer: ListImagesResponse): Promise<void> {
    this.queue.push(answer);
    this.wake();
    while (this.queue.length >= MAX_QUEUED_PAGES && !this.closed)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** No more pages: what is queued is written, then `done` settles. */
  close(): void {
    this.closed = true;
    this.wake();
  }

  private due(): boolean {
    return (
      this.queue.length >= WRITE_BATCH_PAGES ||
      (this.queue.length > 0 &&
        (this.closed || performance.now() - this.lastWrite >= WRITE_EVERY_MS))
    );
  }

  private async run(): Promise<void> {
    try {
      while (!this.closed || this.queue.length > 0) {
        if (!this.due()) {
          const wait =
            this.queue.length > 0 ? WRITE_EVERY_MS - (performance.now() - this.lastWrite) : 0;
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            if (wait > 0) setTimeout(resolve, wait);
          });
          continue;
        }
        const pages = this.queue.splice(0);
        this.release();
        this.lastWrite = performance.now();
        await this.write(pages);
      }
    } finally {
      this.closed = true;
      this.release();
      await this.store.close();
    }
  }

  private release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private async write(pages: readonly ListImagesResponse[]): Promise<void> {
    const { job } = this;
    const rows = snapshotRows(
      job.scanId,
      "inventory",
      pages.flatMap((page) => page.images),
      job.thinMarginPercent,
    );
    const kept = await this.store.runGuarded(
      scanPageStatements(job.db, job.scanId, rows, pages.length, Date.now() + SCAN_LEASE_MS),
    );
    if (!kept) throw new ScanStopped();
  }
}

/** Fetches every page for the writer; throws ScanStopped when the scan was cancelled. */
async function scanPages(job: ScanJob): Promise<void> {
  let pagesTotal: number | null = null;
  let next = 1;
  let stopped = false;
  let announce: () => void = () => undefined;
  const totalKnown = new Promise<void>((resolve) => (announce = resolve));
  const writer = new PageWriter(job);
  // The writer stopping (cancelled, or the store failing) stops the fetchers.
  writer.done.catch(() => {
    stopped = true;
    announce();
  });

  const takePage = (): number | null => {
    if (stopped || (pagesTotal !== null && next > pagesTotal)) return null;
    return next++;
  };
  const worker = async () => {
    try {
      for (;;) {
        // Before page 1 answers only the first SCAN_CONCURRENCY pages are certain to be wanted.
        if (pagesTotal === null && next > SCAN_CONCURRENCY) await totalKnown;
        const page = takePage();
        if (page === null) break;
        const answer = await fetchPage(job, page);
        if (page === 1) {
          pagesTotal = Math.max(1, Math.ceil(answer.count / SCAN_PER_PAGE));
          await setPagesTotal(job.db, job.scanId, pagesTotal);
          announce();
        }
        if (page > (pagesTotal ?? page)) continue; // a speculative page past the end
        await writer.add(answer);
      }
    } catch (error) {
      stopped = true;
      announce();
      throw error;
    }
  };
  const fetched = await Promise.allSettled(
    Array.from({ length: SCAN_CONCURRENCY }, () => worker()),
  );
  writer.close();
  const results = [...fetched, ...(await Promise.allSettled([writer.done]))];
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) {
    // A real failure explains the scan better than the stop it caused in other workers.
    const real = results.find(
      (r): r is PromiseRejectedResult =>
        r.status === "rejected" && !(r.reason instanceof ScanStopped),
    );
    throw (real ?? failure).reason;
  }
}

function describeFailure(error: unknown): ScanFailure {
  const { appError, known } = toAppError(error);
  if (!known)
    log("error", "products.scan_error", {
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  return {
    code: appError.code,
    message: appError.message,
    referenceId: appError.extra.referenceId ?? null,
  };
}

/** Runs a started scan to its end; never throws (the outcome is in its row). */
export async function runScan(job: ScanJob): Promise<void> {
  const started = performance.now();
  try {
    await scanPages(job);
    const flipped = await finishScan(job.db, job.scanId, Date.now());
    log("info", "products.scan_done", {
      scan: job.scanId,
      flipped,
      duration_ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    if (error instanceof ScanStopped || job.signal.aborted) {
      await endScan(job.db, job.scanId, "cancelled", Date.now()).catch(() => undefined);
      log("info", "products.scan_cancelled", { scan: job.scanId });
    } else {
      const failure = describeFailure(error);
      await endScan(job.db, job.scanId, "failed", Date.now(), failure).catch(() => undefined);
      log("warn", "products.scan_failed", { scan: job.scanId, ...failure });
    }
  } finally {
    await deleteStaleRows(job.db).catch((error: unknown) =>
      log("error", "products.scan_cleanup_failed", {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}
