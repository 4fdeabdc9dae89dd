"use client";

import { useEffect, useState } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { cn } from "@/components/ui/cn";
import { ChevronIcon, ChevronLeftIcon, SearchIcon, XIcon } from "@/components/ui/icons";
import { Modal } from "@/components/ui/modal";
import { formatDimensions, imageDisplayTitle } from "@/components/ui/format";
import { webHiresUri } from "./web-image";

const control =
  "inline-flex items-center justify-center gap-1.5 rounded-lg bg-white/10 text-sm font-medium text-white " +
  "hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white " +
  "disabled:cursor-not-allowed disabled:opacity-40";

/**
 * One image of a list, large: the preview fills the screen, "Zoom" swaps in the hi-res file
 * where the browser can show it, arrows (buttons or keys) move through the list, Escape and
 * "Close" end it (focus goes back to what opened it).
 */
export function Lightbox({
  images,
  index,
  onIndex,
  onClose,
}: {
  images: readonly ImageDetails[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
}) {
  const image = images[index];
  const [zoomedGuid, setZoomedGuid] = useState<string | null>(null);
  const hasPrevious = index > 0;
  const hasNext = index < images.length - 1;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "ArrowLeft" && index > 0) onIndex(index - 1);
      else if (event.key === "ArrowRight" && index < images.length - 1) onIndex(index + 1);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [images.length, index, onIndex]);

  if (!image) return null;
  const title = imageDisplayTitle(image);
  const hires = webHiresUri(image);
  const zoomed = hires !== null && zoomedGuid === image.guid;
  const src = zoomed ? hires : (image.public_preview_uri ?? image.public_thumbnail_uri);

  return (
    <Modal
      onClose={onClose}
      aria-label={title}
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-slate-950/95 p-0 text-white backdrop:bg-slate-950/80"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center gap-2 px-3 py-2 sm:px-4">
          <p className="min-w-0 flex-1 truncate text-sm font-semibold sm:text-base">{title}</p>
          <p className="hidden text-xs text-slate-300 tabular-nums sm:block">
            {formatDimensions(image.pix_w, image.pix_h)} · {index + 1} of {images.length}
          </p>
          {hires ? (
            <button
              type="button"
              aria-pressed={zoomed}
              onClick={() => setZoomedGuid(zoomed ? null : image.guid)}
              className={cn(control, "h-9 px-3")}
            >
              <SearchIcon className="size-4" />
              {zoomed ? "Fit to screen" : "Zoom to full size"}
            </button>
          ) : null}
          <button
            type="button"
            onClick={onClose}
            className={cn(control, "size-9")}
            aria-label="Close"
            data-autofocus
          >
            <XIcon className="size-5" />
          </button>
        </div>
        <div className="relative min-h-0 flex-1">
          <div
            className={cn(
              "h-full w-full",
              zoomed ? "overflow-auto" : "flex items-center justify-center p-2 sm:px-16",
            )}
          >
            {src ? (
              // eslint-disable-next-line @next/next/no-img-element -- files from FinerWorks' hosts, as the thumbnails
              <img
                key={src}
                src={src}
                alt={title}
                className={cn(zoomed ? "max-w-none" : "max-h-full max-w-full object-contain")}
              />
            ) : (
              <p className="text-sm text-slate-300">Preview unavailable</p>
            )}
          </div>
          <button
            type="button"
            aria-label="Previous image"
            disabled={!hasPrevious}
            onClick={() => onIndex(index - 1)}
            className={cn(control, "absolute top-1/2 left-2 size-11 -translate-y-1/2")}
          >
            <ChevronLeftIcon className="size-6" />
          </button>
          <button
            type="button"
            aria-label="Next image"
            disabled={!hasNext}
            onClick={() => onIndex(index + 1)}
            className={cn(control, "absolute top-1/2 right-2 size-11 -translate-y-1/2")}
          >
            <ChevronIcon className="size-6" />
          </button>
        </div>
        <p className="px-3 py-2 text-center text-xs text-slate-300 tabular-nums sm:hidden">
          {index + 1} of {images.length}
        </p>
      </div>
    </Modal>
  );
}
