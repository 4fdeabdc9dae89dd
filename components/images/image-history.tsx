"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { imageText } from "@/lib/editing/open-session";
import { isRestorable } from "@/lib/history/restorable";
import type { ActivityEntry } from "@/lib/schemas/activity";
import { ActivityFeed } from "@/components/history/activity-feed";
import { Button } from "@/components/ui/button";
import { useCanEdit } from "@/components/ui/can-edit";
import { RemoveProductsDialog } from "@/components/ui/remove-products-dialog";
import { saveImageText } from "./editing/save-image-text";

/**
 * Puts back the text an entry replaced, through the editor's own save: the same removal
 * confirmation, the same conflict check (`expected` is what this page shows now).
 */
function RestoreButton({
  entry,
  image,
  library,
}: {
  entry: ActivityEntry;
  image: ImageDetails;
  library: LibraryName;
}) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const products = library === "inventory" ? (image.products ?? []) : [];

  async function restore() {
    setConfirming(false);
    setSaving(true);
    await saveImageText(queryClient, {
      guid: image.guid,
      text: { title: entry.before?.title ?? "", description: entry.before?.description ?? "" },
      expected: imageText(image),
      focus: "title",
      removedProducts: products.length,
      restoreOf: entry.id,
    });
    setSaving(false);
  }

  return (
    <>
      <Button
        size="sm"
        disabled={saving}
        onClick={() => (products.length > 0 ? setConfirming(true) : void restore())}
      >
        {saving ? "Restoring…" : "Restore previous text"}
      </Button>
      {confirming ? (
        <RemoveProductsDialog
          products={products}
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}

/** The image's own history; staff and admin can put back the text before any saved change. */
export function ImageHistory({ image, library }: { image: ImageDetails; library: LibraryName }) {
  const canEdit = useCanEdit();
  return (
    <section
      aria-labelledby="image-history"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2
        id="image-history"
        className="mb-2 text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
      >
        History
      </h2>
      <ActivityFeed
        filters={{ image: image.guid.toLowerCase() }}
        linkImage={false}
        empty="No changes to this image were made through this dashboard."
        actions={
          canEdit
            ? (entry) =>
                isRestorable(entry) ? (
                  <RestoreButton entry={entry} image={image} library={library} />
                ) : null
            : undefined
        }
      />
    </section>
  );
}
