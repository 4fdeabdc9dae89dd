"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { ProductScan } from "@/lib/schemas/products";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { cancelProductScan, productScanOptions, startProductScan } from "@/lib/queries/products";
import { productKeys } from "@/lib/resources/product-keys";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { formatElapsed, formatSnapshotTime } from "./format";

function elapsed(scan: ProductScan): number {
  const end = scan.finished_at ? Date.parse(scan.finished_at) : Date.now();
  return end - Date.parse(scan.started_at);
}

/** Re-renders every second, so the elapsed time moves between polls. */
function useTick(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
}

function ScanProgress({
  scan,
  onCancel,
  cancelling,
}: {
  scan: ProductScan;
  onCancel: () => void;
  cancelling: boolean;
}) {
  useTick();
  const total = scan.pages_total;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm dark:border-brand-700/60 dark:bg-brand-700/20">
      <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium">Scanning the library</span>
        <span className="tabular-nums">
          Pages {formatCount(scan.pages_done)} of {total === null ? "…" : formatCount(total)}
        </span>
        <span className="tabular-nums">{formatCount(scan.images)} images</span>
        <span className="tabular-nums">{formatCount(scan.products)} products</span>
        <span className="tabular-nums">{formatElapsed(elapsed(scan))}</span>
      </div>
      <progress
        aria-label="Scan progress"
        max={total ?? 1}
        value={total === null ? undefined : scan.pages_done}
        className="h-2 w-40 accent-brand-600"
      />
      <Button size="sm" onClick={onCancel} disabled={cancelling}>
        Cancel
      </Button>
    </div>
  );
}

function ScanOutcome({ scan }: { scan: ProductScan }) {
  if (scan.state === "failed") {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        The last scan failed: {scan.error?.message ?? "no reason given"}
        {scan.error?.reference_id ? ` (reference ${scan.error.reference_id})` : ""}. The table shows
        the previous snapshot.
      </p>
    );
  }
  if (scan.state === "cancelled")
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        The last scan was cancelled; the table shows the previous snapshot.
      </p>
    );
  return null;
}

/**
 * "As of <time>" and "Refresh": starts a scan of the whole library, shows its progress live
 * (polling GET /api/products/scan), lets the admin cancel it, and says why one failed.
 */
export function ScanBar({
  asOf,
  pageScan,
}: {
  asOf: string | null;
  /** The scan GET /api/products reported (a visit to a stale snapshot starts one). */
  pageScan: ProductScan | null;
}) {
  const queryClient = useQueryClient();
  const { data: scan } = useQuery(productScanOptions());
  const running = scan?.state === "running";

  // A scan the table's answer knows of and the scan status does not yet: follow it.
  useEffect(() => {
    if (pageScan?.state === "running" && scan !== undefined && scan?.id !== pageScan.id)
      queryClient.setQueryData(productKeys.scan(), pageScan);
  }, [pageScan, scan, queryClient]);
  const settle = () => queryClient.invalidateQueries({ queryKey: productKeys.scan() });
  const start = useMutation({
    mutationFn: startProductScan,
    onSuccess: (started) => queryClient.setQueryData(productKeys.scan(), started),
    // 409: one is already running (perhaps from another admin); show that one.
    onSettled: settle,
  });
  const cancel = useMutation({ mutationFn: cancelProductScan, onSettled: settle });

  // A scan that finished changes the snapshot: read the table again. That includes the scan the
  // table's rows came with (the page's own first rows) when it ended before this poll saw it run.
  const wasRunning = useRef(running);
  const pageScanEnded =
    pageScan?.state === "running" && scan?.id === pageScan.id && scan.state !== "running";
  useEffect(() => {
    if ((wasRunning.current && !running) || pageScanEnded)
      void queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    wasRunning.current = running;
  }, [running, pageScanEnded, queryClient]);

  const startError =
    start.error instanceof ApiRequestError && start.error.status !== 409 ? start.error : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {asOf ? (
            <>
              As of <time dateTime={asOf}>{formatSnapshotTime(asOf)}</time>
            </>
          ) : (
            "No snapshot yet"
          )}
        </p>
        <Button onClick={() => start.mutate()} disabled={running || start.isPending}>
          Refresh
        </Button>
      </div>
      {scan && running ? (
        <ScanProgress scan={scan} onCancel={() => cancel.mutate()} cancelling={cancel.isPending} />
      ) : scan ? (
        <ScanOutcome scan={scan} />
      ) : null}
      {startError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The scan could not start: {startError.message}
          {startError.referenceId ? ` (reference ${startError.referenceId})` : ""}
        </p>
      ) : null}
    </div>
  );
}
