"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";

// The images of the page on screen, in their order: what Shift+click selects a range over.
const PageImagesContext = createContext<readonly ImageDetails[]>([]);

export function SelectionScope({
  images,
  children,
}: {
  images: readonly ImageDetails[];
  children: ReactNode;
}) {
  return <PageImagesContext value={images}>{children}</PageImagesContext>;
}

export function usePageImages(): readonly ImageDetails[] {
  return useContext(PageImagesContext);
}
