import "server-only";
// One scan of the inventory library into the store: list_images sorted by id, 50 images a
// page, at most 3 calls in flight. Page 1 says how many pages there are; pages 2 and 3 are asked
// for beside it. Each page is written (rows and progress, one transaction) while the next one
// is fetched. A page that fails is tried again; a scan that fails or is cancelled leaves the
// snapshot before it as it was.
import type { Kysely } from "kysely";
import type { FinerWorksClient } from "@/lib/finerworks/client";
import { isFinerWorksError } from "@/lib/finerworks/errors";
import type { ListImagesResponse } from "@/lib/finerworks/schemas";
import { toApiError } from "@/lib/server/api/errors";
import {
  deleteStaleRows,
  endScan,
  finishScan,
  setPagesTotal,
  writeScanPage,
  type ScanFailure,
} from "@/lib/server/db/product-scans";
import type { Database } from "@/lib/server/db/schema";
import { log } from "@/lib/server/log";
import { snapshotRows } from "./snapshot-rows";

export const SCAN_PER_PAGE = 50;
export const SCAN_CONCURRENCY = 3;
/** A running scan renews this with every page; past it, another instance may start one. */
export const SCAN_LEASE_MS = 60_000;
const PAGE_ATTEMPTS = 3;
const PAGE_RETRY_MS = 500;

export interface ScanJob {
  db: Kysely<Database>;
  client: FinerWorksClient;
  scanId: string;
  thinMarginPercent: number;
  signal: AbortSignal;
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

async function writePage(job: ScanJob, answer: ListImagesResponse): Promise<void> {
  const rows = snapshotRows(job.scanId, "inventory", answer.images, job.thinMarginPercent);
  const kept = await writeScanPage(job.db, job.scanId, rows, Date.now() + SCAN_LEASE_MS);
  if (!kept) throw new ScanStopped();
}

/** Fetches and writes every page; throws ScanStopped when the scan was cancelled. */
async function scanPages(job: ScanJob): Promise<void> {
  let pagesTotal: number | null = null;
  let next = 1;
  let stopped = false;
  let announce: () => void = () => undefined;
  const totalKnown = new Promise<void>((resolve) => (announce = resolve));

  const takePage = (): number | null => {
    if (stopped || (pagesTotal !== null && next > pagesTotal)) return null;
    return next++;
  };
  const worker = async () => {
    let writing: Promise<void> = Promise.resolve();
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
        await writing;
        writing = writePage(job, answer);
        // An unhandled rejection must not escape while the next page is fetched.
        writing.catch(() => undefined);
      }
      await writing;
    } catch (error) {
      stopped = true;
      announce();
      throw error;
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: SCAN_CONCURRENCY }, () => worker()),
  );
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
  const { apiError, known } = toApiError(error);
  if (!known)
    log("error", "products.scan_error", {
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  return {
    code: apiError.code,
    message: apiError.message,
    referenceId: apiError.extra.referenceId ?? null,
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
