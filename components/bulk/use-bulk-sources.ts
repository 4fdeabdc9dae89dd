"use client";

import { useEffect, useMemo, useState } from "react";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { rememberImages, selectedDetails } from "@/lib/bulk/selection";
import { fetchImagesByGuids } from "@/lib/queries/bulk-images";
import { ApiRequestError } from "@/lib/schemas/api-error";

type SourcesState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; images: ImageDetails[] };

type Fetched = { guids: readonly string[]; error?: string };

/**
 * The selected images' details: those seen on screen at once, the rest (after a reload) read
 * by guid. Images that no longer exist drop out.
 */
export function useBulkSources(guids: readonly string[], library: LibraryName): SourcesState {
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const missing = useMemo(() => guids.filter((guid) => !selectedDetails(guid)), [guids]);

  useEffect(() => {
    if (missing.length === 0) return;
    const controller = new AbortController();
    fetchImagesByGuids(missing, library, controller.signal)
      .then((images) => {
        rememberImages(images);
        setFetched({ guids });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          error instanceof ApiRequestError ? error.message : "Could not read the selected images.";
        setFetched({ guids, error: message });
      });
    return () => controller.abort();
  }, [guids, missing, library]);

  const done = missing.length === 0 || fetched?.guids === guids;
  return useMemo((): SourcesState => {
    if (!done) return { status: "loading" };
    if (fetched?.guids === guids && fetched.error)
      return { status: "error", message: fetched.error };
    return {
      status: "ready",
      images: guids.flatMap((guid) => {
        const image = selectedDetails(guid);
        return image ? [image] : [];
      }),
    };
  }, [done, fetched, guids]);
}
