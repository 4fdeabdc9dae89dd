import "server-only";
// Starting, cancelling and reading library scans for the API and the page. A scan runs in the
// process that started it (kept in a process-wide map so a cancel here stops its calls at once);
// the store's unique index keeps it the only one across instances.
import { finerworks } from "@/lib/server/finerworks";
import type { FinerWorksClient } from "@/lib/server/finerworks/client";
import type { ProductScan } from "@/lib/schemas/products";
import { serverConfig } from "@/lib/server/config";
import { withStore } from "@/lib/server/db";
import { newId } from "@/lib/server/db/ids";
import {
  cancelScan,
  latestScan,
  snapshotScan,
  startScan,
} from "@/lib/server/snapshot/scan-queries";
import type { ProductScanRow } from "@/lib/server/db/product-tables";
import { runScan, SCAN_LEASE_MS } from "./run-scan";

const KEY = Symbol.for("finerworks-dashboard.product-scans");
type LocalScans = Map<string, { controller: AbortController; done: Promise<void> }>;
const holder = globalThis as typeof globalThis & { [KEY]?: LocalScans };
const local = (): LocalScans => (holder[KEY] ??= new Map() as LocalScans);

/** A visit does not start another scan within this long of the last one (a failing upstream). */
const VISIT_RESTART_MS = 60_000;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toScan(row: ProductScanRow): ProductScan {
  return {
    id: row.id,
    state: row.state,
    pages_done: row.pages_done,
    pages_total: row.pages_total,
    images: row.images,
    products: row.products,
    started_at: new Date(row.started_at).toISOString(),
    finished_at: iso(row.finished_at),
    started_by: row.started_by,
    ...(row.error_code
      ? {
          error: {
            code: row.error_code,
            message: row.error_message ?? "",
            reference_id: row.error_reference_id,
          },
        }
      : {}),
  };
}

/** Starts a scan: `{ started: true }` with it, or `{ started: false }` with the one running. */
export async function startProductScan(
  startedBy: string | null,
  client: FinerWorksClient = finerworks(),
): Promise<{ started: boolean; scan: ProductScan }> {
  return withStore("start a library scan", async ({ db, sqlite }) => {
    const result = await startScan(db, {
      id: newId(),
      library: "inventory",
      startedBy,
      now: Date.now(),
      leaseMs: SCAN_LEASE_MS,
    });
    if ("running" in result) return { started: false, scan: toScan(result.running) };
    const scanId = result.started.id;
    const controller = new AbortController();
    const done = runScan({
      db,
      client,
      scanId,
      thinMarginPercent: serverConfig().products.thinMarginPercent,
      signal: controller.signal,
      // An in-memory store (tests) has no file a second connection could open.
      sqliteFile: sqlite && !sqlite.memory ? sqlite.name : undefined,
    }).finally(() => local().delete(scanId));
    local().set(scanId, { controller, done });
    return { started: true, scan: toScan(result.started) };
  });
}

/** Cancels the running scan: it, now `cancelled`, or null when none was running. */
export async function cancelProductScan(): Promise<ProductScan | null> {
  const cancelled = await withStore("cancel the library scan", ({ db }) =>
    cancelScan(db, Date.now()),
  );
  if (!cancelled) return null;
  local().get(cancelled.id)?.controller.abort();
  return toScan(cancelled);
}

export async function latestProductScan(): Promise<ProductScan | null> {
  const row = await withStore("read the library scan", ({ db }) => latestScan(db));
  return row ? toScan(row) : null;
}

/** Waits for scans this process runs (tests and benches). */
export async function settleLocalScans(): Promise<void> {
  await Promise.all([...local().values()].map((s) => s.done));
}

/**
 * A visit's check: starts a scan when the snapshot is missing or older than the setting, unless
 * one runs or one started within the last minute (so a failing upstream is not asked on every visit).
 */
export async function refreshStaleSnapshot(): Promise<void> {
  const now = Date.now();
  const { stale } = await withStore("read the library snapshot", async ({ db }) => {
    const [snapshot, latest] = await Promise.all([snapshotScan(db), latestScan(db)]);
    const old =
      !snapshot || (snapshot.finished_at ?? 0) < now - serverConfig().products.snapshotMaxAgeMs;
    const recent =
      latest !== undefined &&
      (latest.state === "running" || latest.started_at > now - VISIT_RESTART_MS);
    return { stale: old && !recent };
  });
  if (stale) await startProductScan(null);
}
