"use client";

import { createContext, Suspense, useContext, useMemo, useState, type ReactNode } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { lazyWithPreload } from "@/components/ui/lazy-with-preload";

// The lightbox loads when a thumbnail is first pointed at or focused (preloadLightbox), at the
// latest on its click, keeping it out of the grid's first load.
const { Component: Lightbox, preload: preloadLightbox } = lazyWithPreload(() =>
  import("./lightbox").then((m) => m.Lightbox),
);
export { preloadLightbox };

const OpenLightbox = createContext<((guid: string) => void) | null>(null);

/** The images a lightbox opened below moves through (the current result page). */
export function LightboxProvider({
  images,
  children,
}: {
  images: readonly ImageDetails[];
  children: ReactNode;
}) {
  const [openGuid, setOpenGuid] = useState<string | null>(null);
  const index = openGuid === null ? -1 : images.findIndex((image) => image.guid === openGuid);
  const open = useMemo(() => (guid: string) => setOpenGuid(guid), []);
  return (
    <OpenLightbox.Provider value={open}>
      {children}
      {index >= 0 ? (
        <Suspense fallback={null}>
          <Lightbox
            images={images}
            index={index}
            onIndex={(next) => setOpenGuid(images[next]?.guid ?? null)}
            onClose={() => setOpenGuid(null)}
          />
        </Suspense>
      ) : null}
    </OpenLightbox.Provider>
  );
}

/** Opens the lightbox on an image, or null outside a LightboxProvider. */
export function useOpenLightbox(): ((guid: string) => void) | null {
  return useContext(OpenLightbox);
}
