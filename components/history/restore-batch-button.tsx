"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { isRestorable } from "@/lib/history/restorable";
import { fetchImagesByGuids } from "@/lib/queries/bulk-images";
import { saveBatch, type BatchRow } from "@/lib/queries/bulk-save";
import { fetchBatchEntries } from "@/lib/queries/history";
import { ApiRequestError } from "@/lib/schemas/api-error";
import { Button } from "@/components/ui/button";
import { showToast } from "@/components/ui/toast-store";
import { imageDisplayTitle, plural } from "@/components/ui/format";
import { restoreRows } from "./restore-rows";
import {
  RemoveProductsDialog,
  type ImageWithProducts,
} from "@/components/ui/remove-products-dialog";

interface Prepared {
  rows: BatchRow[];
  withProducts: ImageWithProducts[];
}

/**
 * Puts back the text every change of one batch replaced, through the bulk save: one products
 * warning, conflicts when an image changed since, each recorded as a restore of its entry.
 */
export function RestoreBatchButton({ batch }: { batch: string }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Prepared | null>(null);

  async function send(rows: readonly BatchRow[]) {
    setConfirming(null);
    const outcomes = await saveBatch(queryClient, rows);
    const restored = [...outcomes.values()].filter((o) => o.status === "saved").length;
    const conflicts = [...outcomes.values()].filter((o) => o.status === "conflict").length;
    showToast(
      restored === rows.length
        ? {
            tone: "success",
            message: `Restored the previous text of ${plural(restored, "image")}.`,
          }
        : {
            tone: "error",
            message: `Restored ${restored} of ${plural(rows.length, "image")}.`,
            detail:
              conflicts > 0
                ? `${plural(conflicts, "image")} changed since; nothing was written to them.`
                : "The others could not be saved; see their entries below.",
          },
    );
    setBusy(false);
  }

  async function prepare() {
    setBusy(true);
    try {
      const entries = (await fetchBatchEntries(batch)).filter(isRestorable);
      const guids = [...new Set(entries.map((e) => e.image.guid!.toLowerCase()))];
      const images = await fetchImagesByGuids(guids, undefined);
      const byGuid = new Map<string, ImageDetails>(images.map((i) => [i.guid, i]));
      const rows = restoreRows(entries, byGuid);
      if (rows.length === 0) {
        showToast({ tone: "info", message: "Nothing in this batch can be restored." });
        setBusy(false);
        return;
      }
      const withProducts = rows.flatMap((row) => {
        const image = byGuid.get(row.guid);
        const products = image?.products ?? [];
        return image && products.length > 0
          ? [{ guid: row.guid, title: imageDisplayTitle(image), products }]
          : [];
      });
      if (withProducts.length > 0) setConfirming({ rows, withProducts });
      else await send(rows);
    } catch (error) {
      showToast({
        tone: "error",
        message: "Could not restore this batch.",
        detail: error instanceof ApiRequestError ? error.message : undefined,
      });
      setBusy(false);
    }
  }

  return (
    <>
      <Button disabled={busy} onClick={() => void prepare()}>
        {busy ? "Restoring…" : "Restore batch"}
      </Button>
      {confirming ? (
        <RemoveProductsDialog
          images={confirming.withProducts}
          onConfirm={() => void send(confirming.rows)}
          onSkip={() => {
            const skip = new Set(confirming.withProducts.map((i) => i.guid));
            const rest = confirming.rows.filter((row) => !skip.has(row.guid));
            if (rest.length > 0) void send(rest);
            else {
              setConfirming(null);
              setBusy(false);
            }
          }}
          onCancel={() => {
            setConfirming(null);
            setBusy(false);
          }}
        />
      ) : null}
    </>
  );
}
